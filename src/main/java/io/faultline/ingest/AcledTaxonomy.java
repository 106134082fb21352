package io.faultline.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * ACLED's event types, sub-event types and disorder types as the record codes them (V2),
 * found by the names ACLED files use, and the event types of the pre-2019 schema mapped
 * onto today's.
 */
final class AcledTaxonomy {

	/**
	 * A type and sub-type of today's taxonomy.
	 *
	 * @param disorderCode the disorder type the event type belongs to
	 */
	record Coding(String typeCode, String subCode, String disorderCode) {

	}

	/**
	 * The event types of the pre-2019 schema (no sub-event type) and the sub-type each is
	 * given today. Where the old type spans several of today's sub-types the broadest is
	 * chosen ("Remote violence" covered shelling, air strikes and IEDs alike; most in
	 * Mali were IEDs), and an editor can refine it; "Riots/Protests" is told apart by the
	 * actor type (rioters, inter 5, against protesters, 6).
	 */
	private static final Map<String, String[]> OLD_TYPES = Map.of("battle-no change of territory",
			new String[] { "BATTLES", "ARMED_CLASH" }, "battle-government regains territory",
			new String[] { "BATTLES", "GOVERNMENT_REGAINS_TERRITORY" }, "battle-non-state actor overtakes territory",
			new String[] { "BATTLES", "NON_STATE_ACTOR_OVERTAKES_TERRITORY" }, "remote violence",
			new String[] { "EXPLOSIONS_REMOTE_VIOLENCE", "REMOTE_EXPLOSIVE_LANDMINE_IED" },
			"violence against civilians", new String[] { "VIOLENCE_AGAINST_CIVILIANS", "ATTACK" }, "riots/protests",
			new String[] { "PROTESTS", "PEACEFUL_PROTEST" }, "strategic development",
			new String[] { "STRATEGIC_DEVELOPMENTS", "OTHER" }, "non-violent transfer of territory",
			new String[] { "STRATEGIC_DEVELOPMENTS", "NON_VIOLENT_TRANSFER_OF_TERRITORY" },
			"headquarters or base established",
			new String[] { "STRATEGIC_DEVELOPMENTS", "HEADQUARTERS_OR_BASE_ESTABLISHED" });

	private final Map<String, String> typeCodes = new HashMap<>();

	private final Map<String, String> disorderOfType = new HashMap<>();

	private final Map<String, String> subCodes = new HashMap<>();

	private final Map<String, String> disorderCodes = new HashMap<>();

	AcledTaxonomy(JdbcClient jdbc) {
		jdbc.sql("SELECT code, name, disorder_type_code FROM event_type").query((RowCallbackHandler) (row) -> {
			this.typeCodes.put(key(row.getString("name")), row.getString("code"));
			this.disorderOfType.put(row.getString("code"), row.getString("disorder_type_code"));
		});
		jdbc.sql("SELECT code, name, event_type_code FROM sub_event_type")
			.query((RowCallbackHandler) (row) -> this.subCodes
				.put(row.getString("event_type_code") + "|" + key(row.getString("name")), row.getString("code")));
		jdbc.sql("SELECT code, name FROM disorder_type")
			.query((RowCallbackHandler) (row) -> this.disorderCodes.put(key(row.getString("name")),
					row.getString("code")));
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	/** Today's event type, or null. */
	String typeCode(String name) {
		return this.typeCodes.get(key(name));
	}

	/** Today's sub-event type of an event type, or null. */
	String subCode(String typeCode, String name) {
		return this.subCodes.get(typeCode + "|" + key(name));
	}

	/** A pre-2019 event type mapped onto today's, or null. */
	Coding oldType(String name, Integer inter1) {
		String[] coding = OLD_TYPES.get(key(name));
		if (coding == null) {
			return null;
		}
		if (coding[1].equals("PEACEFUL_PROTEST") && inter1 != null && inter1 == 5) {
			coding = new String[] { "RIOTS", "VIOLENT_DEMONSTRATION" };
		}
		return new Coding(coding[0], coding[1], disorderOf(coding[0]));
	}

	String disorderOf(String typeCode) {
		return this.disorderOfType.get(typeCode);
	}

	/** A disorder type by its name, or null. */
	String disorderCode(String name) {
		return this.disorderCodes.get(key(name));
	}

}
