import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a synthetic ACLED CSV in the current 31-column shape: invented rows, the same
 * every time for the same arguments (fixed seed). Never real ACLED data.
 *
 * <pre>java bench/AcledSample.java target/bench/acled-500k.csv 500000</pre>
 */
public class AcledSample {

	static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
			+ "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,"
			+ "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,"
			+ "fatalities,tags,timestamp";

	/** Event type, sub-event type, disorder type. */
	static final String[][] TYPES = { { "Battles", "Armed clash", "Political violence" },
			{ "Battles", "Government regains territory", "Political violence" },
			{ "Battles", "Non-state actor overtakes territory", "Political violence" },
			{ "Violence against civilians", "Attack", "Political violence" },
			{ "Violence against civilians", "Abduction/forced disappearance", "Political violence" },
			{ "Explosions/Remote violence", "Remote explosive/landmine/IED", "Political violence" },
			{ "Explosions/Remote violence", "Air/drone strike", "Political violence" },
			{ "Protests", "Peaceful protest", "Demonstrations" }, { "Riots", "Mob violence", "Political violence" },
			{ "Strategic developments", "Looting/property destruction", "Strategic developments" } };

	static final String[] ACTORS = { "Military Forces of Mali (2013-2020)", "Military Forces of Mali (2021-)",
			"Wagner Group", "JNIM: Group for Support of Islam and Muslims", "Islamic State (Greater Sahara)",
			"CMA: Coordination of Azawad Movements", "GATIA: Imghad Tuareg and Allies Self-Defense Group",
			"MNLA: National Movement for the Liberation of Azawad", "Unidentified Armed Group (Mali)",
			"Civilians (Mali)", "Bench Militia North", "Bench Militia South", "Bench Self-Defence Group (2016-)" };

	static final String[] SOURCES = { "Bench Wire", "Bench Radio", "Bench Daily", "Bench Monitor", "Bench Weekly" };

	static final String[] WORDS = { "armed", "men", "attacked", "a", "convoy", "near", "the", "village", "of",
			"killing", "several", "people", "according", "to", "local", "sources", "who", "said", "that", "clashes",
			"lasted", "hours" };

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args[0]);
		int rows = Integer.parseInt(args[1]);
		int places = 2000;
		Random random = new Random(42);
		double[][] points = new double[places][2];
		for (int i = 0; i < places; i++) {
			points[i][0] = 11 + random.nextDouble() * 13; // latitude in Mali's range
			points[i][1] = -11 + random.nextDouble() * 15;
		}
		if (out.getParent() != null) {
			Files.createDirectories(out.getParent());
		}
		LocalDate start = LocalDate.of(2012, 1, 1);
		StringBuilder line = new StringBuilder(512);
		try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
			w.write('\uFEFF');
			w.write(HEADER);
			w.write('\n');
			for (int i = 1; i <= rows; i++) {
				String[] type = TYPES[random.nextInt(TYPES.length)];
				int place = random.nextInt(places);
				LocalDate date = start.plusDays(random.nextInt(4700));
				line.setLength(0);
				line.append("BEN").append(i).append(',').append(date).append(',').append(date.getYear()).append(',');
				line.append(1 + random.nextInt(3)).append(',').append(type[2]).append(',').append(type[0]).append(',');
				line.append(type[1]).append(',');
				line.append('"').append(ACTORS[random.nextInt(ACTORS.length)]).append("\",");
				line.append(random.nextInt(4) == 0 ? "Wagner Group; Bench Militia North" : "").append(',');
				line.append(1 + random.nextInt(8)).append(',');
				line.append('"').append(ACTORS[random.nextInt(ACTORS.length)]).append("\",,");
				line.append(1 + random.nextInt(8)).append(",12,");
				line.append(type[0].startsWith("Violence") ? "Civilian targeting" : "").append(',');
				line.append("466,Western Africa,Mali,Bench Region,Bench Cercle,Bench Commune,");
				line.append("Bench Place ").append(place).append(',');
				line.append(String.format(java.util.Locale.ROOT, "%.4f,%.4f,", points[place][0], points[place][1]));
				line.append(1 + random.nextInt(3)).append(',');
				line.append(SOURCES[random.nextInt(SOURCES.length)]);
				if (random.nextBoolean()) {
					line.append("; ").append(SOURCES[random.nextInt(SOURCES.length)]);
				}
				line.append(",National,\"On ").append(date).append(", ");
				for (int n = 0; n < 20 + random.nextInt(20); n++) {
					line.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
				}
				line.append("(a \"\"synthetic\"\" note, for the benchmark).\",");
				line.append(random.nextInt(10) < 6 ? 0 : random.nextInt(40)).append(",,");
				line.append(1600000000L + i).append('\n');
				w.append(line);
			}
		}
	}

}
