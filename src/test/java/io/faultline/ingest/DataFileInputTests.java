package io.faultline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Data files as they are, and zip archives of one data file, zip bombs refused. */
class DataFileInputTests {

	@TempDir
	Path folder;

	@Test
	void readsAPlainFileAsItIs() throws IOException {
		Path file = Files.writeString(this.folder.resolve("ML.txt"), "2455290\tKidal\n");
		try (InputStream in = DataFileInput.open(file)) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("2455290\tKidal\n");
		}
	}

	@Test
	void readsTheOneDataFileOfAnArchiveBesideItsReadme() throws IOException {
		Path zip = zip("ML.zip", "readme.txt", "About GeoNames".getBytes(StandardCharsets.UTF_8), "ML.txt",
				"2455290\tKidal\n".getBytes(StandardCharsets.UTF_8));
		try (InputStream in = DataFileInput.open(zip)) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("2455290\tKidal\n");
			assertThat(DataFileInput.fileBytes(in, "2455290\tKidal\n".length())).isEqualTo(Files.size(zip));
		}
	}

	@Test
	void refusesAnArchiveOfSeveralDataFilesNamingThem() throws IOException {
		Path zip = zip("two.zip", "a.csv", new byte[] { 'x' }, "b.csv", new byte[] { 'y' });
		assertThatExceptionOfType(DataFileInput.ArchiveRefusedException.class).isThrownBy(() -> DataFileInput.open(zip))
			.withMessageContaining("2 data files (a.csv, b.csv)")
			.withMessageContaining("exactly one");
	}

	@Test
	void refusesAZipBombWhileReadingItWithoutUnpackingItAll() throws IOException {
		Path bomb = this.folder.resolve("bomb.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
			out.putNextEntry(new ZipEntry("events.csv"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 200; i++) {
				out.write(zeros);
			}
			out.closeEntry();
		}
		assertThat(Files.size(bomb)).isLessThan(1 << 20);
		try (InputStream in = DataFileInput.open(bomb)) {
			byte[] buffer = new byte[1 << 16];
			long[] read = { 0 };
			assertThatExceptionOfType(DataFileInput.ArchiveRefusedException.class).isThrownBy(() -> {
				int n;
				while ((n = in.read(buffer)) > 0) {
					read[0] += n;
				}
			}).withMessageContaining("events.csv").withMessageContaining("possible zip bomb");
			assertThat(read[0]).isLessThanOrEqualTo(DataFileInput.GRACE_BYTES);
		}
	}

	@Test
	void refusesABrokenArchiveSayingWhy() throws IOException {
		Path broken = Files.write(this.folder.resolve("broken.zip"), new byte[] { 'P', 'K', 3, 4, 0, 0, 0 });
		assertThatExceptionOfType(DataFileInput.ArchiveRefusedException.class)
			.isThrownBy(() -> DataFileInput.open(broken))
			.withMessageContaining("cannot be read as one");
	}

	private Path zip(String name, String firstName, byte[] first, String secondName, byte[] second) throws IOException {
		Path zip = this.folder.resolve(name);
		try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
			out.putNextEntry(new ZipEntry(firstName));
			out.write(first);
			out.closeEntry();
			out.putNextEntry(new ZipEntry(secondName));
			out.write(second);
			out.closeEntry();
		}
		return zip;
	}

}
