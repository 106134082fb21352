package io.faultline.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** Several claims on one event typed in one go; blank rows mean nothing. */
public record ClaimsForm(List<ClaimRow> claims) {

	/** Rows offered at least, and one more than those filled. */
	static final int ROWS = 3;

	public ClaimsForm {
		List<ClaimRow> rows = new ArrayList<>();
		if (claims != null) {
			claims.forEach((row) -> rows.add((row != null) ? row : ClaimRow.blank()));
		}
		long filled = rows.stream().filter((row) -> !row.isBlank()).count();
		while (rows.size() < Math.max(ROWS, filled + 1)) {
			rows.add(ClaimRow.blank());
		}
		claims = List.copyOf(rows);
	}

	static ClaimsForm empty() {
		return new ClaimsForm(List.of());
	}

	public List<ClaimRow> filled() {
		return this.claims.stream().filter((row) -> !row.isBlank()).toList();
	}

	/**
	 * What one source said; the stance alone does not make a row. The source is picked
	 * ({@code sourceId}) or named as a new one ({@code newSourceName} and
	 * {@code newSourceKind}), which is created with the claims.
	 */
	public record ClaimRow(Long sourceId, String claimantName, Long claimantActorId, String url,
			@DateTimeFormat(iso = ISO.DATE) LocalDate publishedOn,
			@DateTimeFormat(iso = ISO.DATE) LocalDate reportedEventDate, String excerpt, String excerptLanguage,
			Stance stance, Integer fatalities, String newSourceName, SourceKind newSourceKind) {

		static ClaimRow blank() {
			return new ClaimRow(null, null, null, null, null, null, null, null, Stance.REPORTS, null, null, null);
		}

		boolean isBlank() {
			return this.sourceId == null && isEmpty(this.newSourceName) && this.claimantActorId == null
					&& this.publishedOn == null && this.reportedEventDate == null && this.fatalities == null
					&& isEmpty(this.claimantName) && isEmpty(this.url) && isEmpty(this.excerpt)
					&& isEmpty(this.excerptLanguage);
		}

		static String trimmed(String text) {
			return isEmpty(text) ? null : text.strip();
		}

		private static boolean isEmpty(String text) {
			return text == null || text.isBlank();
		}

	}

}
