package io.faultline.system;

import java.util.List;

/**
 * One page of a bounded list.
 *
 * @param items the rows of this page
 * @param page zero-based page number
 * @param size rows per page
 * @param total rows in all pages
 */
public record PageView<T>(List<T> items, int page, int size, long total) {

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < pages();
	}

	public static int offset(int page, int size) {
		return Math.max(0, page) * size;
	}

}
