package io.faultline.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens a data file for an import: as it is, or, when it is a zip archive (GeoNames'
 * {@code ML.zip}, UCDP's zipped CSV), the one data file inside it. An archive may hold a
 * readme beside its data file, nothing else; what it unpacks to is counted as it is read,
 * and an archive that expands past {@value #MAX_RATIO} times its own size (beyond its
 * first {@value #GRACE_BYTES} bytes) or past {@value #MAX_EXPANDED_BYTES} bytes is
 * refused as a zip bomb before it fills memory or disk: nothing is unpacked to disk, and
 * the import it feeds writes nothing.
 */
final class DataFileInput {

	/** Real data compresses 3 to 15 times; a bomb, a thousand times or more. */
	static final int MAX_RATIO = 100;

	static final long GRACE_BYTES = 64L << 20;

	static final long MAX_EXPANDED_BYTES = 16L << 30;

	private static final int ZIP_MAGIC = 0x504b0304;

	private DataFileInput() {
	}

	static InputStream open(Path file) throws IOException {
		if (!isZip(file)) {
			return Files.newInputStream(file);
		}
		ZipFile zip;
		try {
			zip = new ZipFile(file.toFile());
		}
		catch (ZipException ex) {
			throw new ArchiveRefusedException(
					"the file looks like a zip archive but cannot be read as one (" + ex.getMessage() + ")");
		}
		try {
			List<? extends ZipEntry> data = zip.stream()
				.filter((entry) -> !entry.isDirectory())
				.filter((entry) -> !baseName(entry).startsWith("readme"))
				.toList();
			if (data.size() != 1) {
				throw new ArchiveRefusedException("the zip archive holds %d data files (%s): it must hold exactly one"
					.formatted(data.size(), String.join(", ", data.stream().limit(5).map(ZipEntry::getName).toList())));
			}
			return new Expanding(zip, zip.getInputStream(data.get(0)), data.get(0), Files.size(file));
		}
		catch (IOException | RuntimeException ex) {
			zip.close();
			throw ex;
		}
	}

	private static boolean isZip(Path file) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 8)) {
			byte[] head = in.readNBytes(4);
			return head.length == 4 && ((head[0] & 0xff) << 24 | (head[1] & 0xff) << 16 | (head[2] & 0xff) << 8
					| (head[3] & 0xff)) == ZIP_MAGIC;
		}
	}

	private static String baseName(ZipEntry entry) {
		String name = entry.getName();
		return name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
	}

	/** An archive's data file, refused as a zip bomb if it expands too far. */
	static final class ArchiveRefusedException extends IOException {

		ArchiveRefusedException(String message) {
			super(message);
		}

	}

	/**
	 * How far into the file on disk {@code bytesRead} bytes of {@code in} are: for an
	 * archive, in proportion to what its data file unpacks to, so progress is a share of
	 * the upload either way.
	 */
	static long fileBytes(InputStream in, long bytesRead) {
		return (in instanceof Expanding expanding) ? expanding.archiveBytes(bytesRead) : bytesRead;
	}

	/**
	 * The data file's bytes as they are unpacked, counted; closing closes the archive.
	 */
	private static final class Expanding extends FilterInputStream {

		private final ZipFile zip;

		private final String name;

		private final long entrySize;

		private final long archiveSize;

		private final long limit;

		private long expanded;

		Expanding(ZipFile zip, InputStream in, ZipEntry entry, long archiveSize) {
			super(in);
			this.zip = zip;
			this.name = entry.getName();
			this.entrySize = entry.getSize();
			this.archiveSize = archiveSize;
			this.limit = Math.min(MAX_EXPANDED_BYTES, Math.max(GRACE_BYTES, archiveSize * MAX_RATIO));
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws ArchiveRefusedException {
			this.expanded += n;
			if (this.expanded > this.limit) {
				throw new ArchiveRefusedException(
						"%s in the zip archive unpacks to more than %,d bytes from an archive of %,d bytes: refused as a possible zip bomb"
							.formatted(this.name, this.limit, this.archiveSize));
			}
		}

		long archiveBytes(long bytesRead) {
			return (this.entrySize > 0) ? (long) ((double) bytesRead / this.entrySize * this.archiveSize)
					: Math.min(bytesRead, this.archiveSize);
		}

		@Override
		public void close() throws IOException {
			try {
				super.close();
			}
			finally {
				this.zip.close();
			}
		}

	}

}
