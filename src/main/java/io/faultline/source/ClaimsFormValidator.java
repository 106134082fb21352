package io.faultline.source;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

import io.faultline.source.ClaimsForm.ClaimRow;

/**
 * Checks every filled row of a claims form, each problem on the field of its row, the
 * message naming the row; the form is saved only when no row has one.
 */
final class ClaimsFormValidator {

	static final Pattern URL = Pattern.compile("https?://[^\\s]+", Pattern.CASE_INSENSITIVE);

	static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

	static final int MAX_EXCERPT = 5000;

	static final int MAX_TEXT = 300;

	private ClaimsFormValidator() {
	}

	static void validate(ClaimsForm form, Set<Long> sources, Set<Long> actors, Errors errors) {
		List<ClaimRow> rows = form.claims();
		if (form.filled().isEmpty()) {
			errors.rejectValue("claims", "editor.claims.none");
			return;
		}
		for (int i = 0; i < rows.size(); i++) {
			ClaimRow row = rows.get(i);
			if (row.isBlank()) {
				continue;
			}
			Object[] number = { i + 1 };
			String prefix = "claims[" + i + "].";
			String newSource = ClaimRow.trimmed(row.newSourceName());
			if (row.sourceId() != null && newSource != null) {
				reject(errors, prefix + "newSourceName", "editor.claim.source.both", number);
			}
			else if (newSource != null) {
				if (newSource.length() > MAX_TEXT) {
					reject(errors, prefix + "newSourceName", "editor.claim.source.long", number);
				}
				if (row.newSourceKind() == null) {
					reject(errors, prefix + "newSourceKind", "editor.claim.source.kind", number);
				}
			}
			else if (row.sourceId() == null) {
				reject(errors, prefix + "sourceId", "editor.claim.source.required", number);
			}
			else if (!sources.contains(row.sourceId())) {
				reject(errors, prefix + "sourceId", "editor.claim.source.unknown", number);
			}
			if (row.claimantActorId() != null && !actors.contains(row.claimantActorId())) {
				reject(errors, prefix + "claimantActorId", "editor.claim.actor.unknown", number);
			}
			String url = ClaimRow.trimmed(row.url());
			if (url != null && (!URL.matcher(url).matches() || url.length() > 2000)) {
				reject(errors, prefix + "url", "editor.claim.url.invalid", number);
			}
			if (row.stance() == null) {
				reject(errors, prefix + "stance", "editor.claim.stance.required", number);
			}
			if (row.fatalities() != null && row.fatalities() < 0) {
				reject(errors, prefix + "fatalities", "editor.claim.fatalities.negative", number);
			}
			String language = ClaimRow.trimmed(row.excerptLanguage());
			if (language != null && !LANGUAGE.matcher(language).matches()) {
				reject(errors, prefix + "excerptLanguage", "editor.claim.language.invalid", number);
			}
			if (row.excerpt() != null && row.excerpt().length() > MAX_EXCERPT) {
				reject(errors, prefix + "excerpt", "editor.claim.excerpt.long", number);
			}
			if (row.claimantName() != null && row.claimantName().length() > MAX_TEXT) {
				reject(errors, prefix + "claimantName", "editor.claim.claimant.long", number);
			}
		}
	}

	/** A value that could not even be read already carries its own error. */
	private static void reject(Errors errors, String field, String code, Object[] arguments) {
		if (!errors.hasFieldErrors(field)) {
			errors.rejectValue(field, code, arguments, null);
		}
	}

}
