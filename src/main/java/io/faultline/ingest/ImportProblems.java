package io.faultline.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems of one import, kept up to {@value #KEPT} (a file of a million bad rows
 * must not fill the memory); past that they are counted and summed up in one last line.
 */
final class ImportProblems {

	static final int KEPT = 10_000;

	private final List<ImportProblem> kept = new ArrayList<>();

	private long dropped;

	void add(long line, String column, String message) {
		if (this.kept.size() < KEPT) {
			this.kept.add(new ImportProblem(line, column, message));
		}
		else {
			this.dropped++;
		}
	}

	boolean isEmpty() {
		return this.kept.isEmpty();
	}

	List<ImportProblem> list() {
		List<ImportProblem> all = new ArrayList<>(this.kept);
		// Rows are checked as read, repeated ids after: list them in the file's order.
		all.sort(Comparator.comparingLong(ImportProblem::line));
		if (this.dropped == 0) {
			return List.copyOf(all);
		}
		all.add(new ImportProblem(0, null, "and " + this.dropped + " more problems not listed"));
		return List.copyOf(all);
	}

}
