package io.faultline.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * A name with its French form, when it has one.
 *
 * @param en the English (default) name
 * @param fr the French name, or {@code null}
 */
public record LocalizedName(String en, String fr) {

	/**
	 * Reads {@code column} and {@code column_fr} from a row; {@code null} when the row
	 * has no English name (an outer join that found nothing).
	 */
	public static LocalizedName of(ResultSet row, String column) throws SQLException {
		String en = row.getString(column);
		return (en != null) ? new LocalizedName(en, row.getString(column + "_fr")) : null;
	}

	public String in(Locale locale) {
		if (this.fr != null && !this.fr.isBlank() && "fr".equals(locale.getLanguage())) {
			return this.fr;
		}
		return this.en;
	}

	/** The other form, when it differs: shown beside the name in the current language. */
	public String otherThan(Locale locale) {
		String shown = in(locale);
		String other = shown.equals(this.en) ? this.fr : this.en;
		return (other == null || other.equals(shown)) ? null : other;
	}

	@Override
	public String toString() {
		return this.en;
	}

}
