package io.faultline.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows streamed into a staging table with PostgreSQL's {@code COPY ... FROM STDIN} on the
 * connection of the current transaction, in PostgreSQL's text format, a buffer at a time.
 */
final class GazetteerStaging implements AutoCloseable {

	private static final int FLUSH_AT = 1 << 16;

	private final CopyIn copy;

	private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_AT + 4096);

	private final StringBuilder row = new StringBuilder(256);

	private boolean first = true;

	private long rows;

	private GazetteerStaging(CopyIn copy) {
		this.copy = copy;
	}

	/**
	 * Starts {@code COPY <table (columns)> FROM STDIN}; must run inside a transaction.
	 */
	static GazetteerStaging open(DataSource dataSource, String tableAndColumns) throws SQLException {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		PGConnection pg = connection.unwrap(PGConnection.class);
		return new GazetteerStaging(pg.getCopyAPI().copyIn("COPY " + tableAndColumns + " FROM STDIN (FORMAT text)"));
	}

	/** Adds the next value of the current row; null becomes SQL NULL. */
	GazetteerStaging value(Object value) {
		if (!this.first) {
			this.row.append('\t');
		}
		this.first = false;
		if (value == null) {
			this.row.append("\\N");
			return this;
		}
		String text = value.toString();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> this.row.append("\\\\");
				case '\t' -> this.row.append("\\t");
				case '\n' -> this.row.append("\\n");
				case '\r' -> this.row.append("\\r");
				default -> this.row.append(c);
			}
		}
		return this;
	}

	/** Ends the current row. */
	void endRow() throws SQLException {
		this.row.append('\n');
		byte[] bytes = this.row.toString().getBytes(StandardCharsets.UTF_8);
		this.buffer.write(bytes, 0, bytes.length);
		this.row.setLength(0);
		this.first = true;
		this.rows++;
		if (this.buffer.size() >= FLUSH_AT) {
			flush();
		}
	}

	private void flush() throws SQLException {
		if (this.buffer.size() > 0) {
			this.copy.writeToCopy(this.buffer.toByteArray(), 0, this.buffer.size());
			this.buffer.reset();
		}
	}

	long rows() {
		return this.rows;
	}

	/** Sends what is left and ends the copy. */
	@Override
	public void close() throws SQLException {
		if (!this.copy.isActive()) {
			return;
		}
		flush();
		this.copy.endCopy();
	}

}
