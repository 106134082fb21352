package io.faultline.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * The command line for large files: {@code java -jar faultline.jar import <kind> <file>
 * [--dry-run]}. The application then starts without its web server, migrates the
 * database, runs the import, prints the report and exits: 0 when written (or a clean dry
 * run), 1 when rows were rejected, 2 on a usage or read error.
 */
@Component
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	private static final int MAX_PROBLEMS_SHOWN = 200;

	private final List<FileImport> imports;

	private final PrintStream out;

	private int exitCode;

	ImportCommand(List<FileImport> imports) {
		this.imports = imports;
		this.out = System.out;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		List<String> words = arguments.getNonOptionArgs();
		if (words.isEmpty() || !"import".equals(words.getFirst())) {
			return;
		}
		if (words.size() != 3) {
			usage("expected: import <kind> <file> [--dry-run]");
			return;
		}
		String kind = words.get(1);
		Path file = Path.of(words.get(2));
		FileImport fileImport = this.imports.stream().filter((i) -> i.kind().equals(kind)).findFirst().orElse(null);
		if (fileImport == null) {
			usage("unknown kind '" + kind + "'");
			return;
		}
		if (!Files.isReadable(file)) {
			this.out.println("Cannot read " + file.toAbsolutePath());
			this.exitCode = 2;
			return;
		}
		try {
			print(file, fileImport.run(file, arguments.containsOption("dry-run"), new ConsoleProgress(System.err),
					"command line"));
		}
		catch (IOException ex) {
			this.out.println("Cannot read " + file.toAbsolutePath() + ": " + ex.getMessage());
			this.exitCode = 2;
		}
	}

	private void usage(String problem) {
		String kinds = this.imports.stream().map(FileImport::kind).sorted().collect(Collectors.joining("|"));
		this.out.println(problem + "\nusage: java -jar faultline.jar import <" + kinds + "> <file> [--dry-run]");
		this.exitCode = 2;
	}

	private void print(Path file, ImportReport report) {
		this.out.printf("%s import of %s%s: %d new, %d updated, %d unchanged, %d rejected in %d ms; %s%n",
				report.kind(), file, report.dryRun() ? " (dry run)" : "", report.created(), report.updated(),
				report.unchanged(), report.rejected().size(), report.took().toMillis(),
				report.written() ? "written" : "nothing written");
		report.rejected().stream().limit(MAX_PROBLEMS_SHOWN).forEach((problem) -> this.out.println("  " + problem));
		if (report.rejected().size() > MAX_PROBLEMS_SHOWN) {
			this.out.printf("  ... and %d more%n", report.rejected().size() - MAX_PROBLEMS_SHOWN);
		}
		this.exitCode = report.accepted() ? 0 : 1;
	}

	/**
	 * Where a long import stands, on standard error (standard output keeps the report):
	 * rows read every few seconds, then each step of writing the record.
	 */
	static final class ConsoleProgress implements ImportProgress {

		private static final long EVERY_NANOS = 2_000_000_000L;

		private final PrintStream err;

		private final long started = System.nanoTime();

		private long lastPrinted = this.started;

		ConsoleProgress(PrintStream err) {
			this.err = err;
		}

		@Override
		public void read(long rows, long bytes) {
			long now = System.nanoTime();
			if (now - this.lastPrinted >= EVERY_NANOS) {
				this.lastPrinted = now;
				this.err.printf("read %,d rows (%,d rows/s)%n", rows, rows * 1_000_000_000L / (now - this.started));
			}
		}

		@Override
		public void writing(WriteStep step) {
			this.err.printf("step %d of %d: %s%n", step.number(), WriteStep.count(), step.label());
		}

	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
