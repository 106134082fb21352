package io.faultline.api;

import java.util.List;

/**
 * One page of a list read by offset: places and actors, by name.
 *
 * @param page the page number, from 0
 * @param total the items on all pages
 * @param next the URL of the next page, or {@code null} on the last page
 */
public record ApiPage<T>(List<T> items, int page, int size, long total, String next) {

}
