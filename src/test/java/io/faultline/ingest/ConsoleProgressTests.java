package io.faultline.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.faultline.ingest.ImportProgress.WriteStep;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleProgressTests {

	@Test
	void namesEachStepOfWritingTheRecordWithItsNumber() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImportCommand.ConsoleProgress progress = new ImportCommand.ConsoleProgress(
				new PrintStream(bytes, true, StandardCharsets.UTF_8));

		progress.read(10, 100);
		progress.writing(WriteStep.SORTING);
		progress.writing(WriteStep.EVENTS);

		assertThat(bytes.toString(StandardCharsets.UTF_8)).as("rows are printed every two seconds, not at once")
			.isEqualTo("step 1 of 6: sorting%nstep 4 of 6: events%n".formatted());
	}

}
