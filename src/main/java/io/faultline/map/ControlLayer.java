package io.faultline.map;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.io.JsonStringEncoder;

import io.faultline.system.RecordCache;

/**
 * What the control map draws on every date, read from the record once per version of it
 * ({@link RecordCache}): the places with a control history, each with its part of a
 * GeoJSON feature already written and its periods in date order, and every actor's label
 * and colour. A map on a date, or the changes between two dates, then finds each place's
 * period by a binary search and writes the rest from here: 5,000 places no longer go
 * through PostgreSQL's JSON functions on every request (BENCHMARKS.md, sixth run), nor
 * their 5,000 periods of a date through the driver (nineteenth run). A change of a period
 * moves the record's version on like any other, so the next request reads the layer
 * again, with the rare lag {@link RecordCache} allows.
 */
@Component
class ControlLayer {

	/** One layer for signed-in users and one for anonymous readers. */
	private static final long MAX_LAYERS = 4;

	private static final Map<String, String> QUOTED_CODES = new ConcurrentHashMap<>();

	private static final Comparator<Place> NORTH_TO_SOUTH = Comparator.comparingDouble(Place::latitude)
		.reversed()
		.thenComparingLong(Place::id);

	private final JdbcClient jdbc;

	private final RecordCache<Object> layers;

	ControlLayer(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.layers = new RecordCache<>(jdbc, MAX_LAYERS, (value) -> 0);
	}

	/** The layer and who held each of its places on {@code date}. */
	OnDate on(LocalDate date) {
		return new OnDate(layer(), date);
	}

	/** The layer and who held each of its places on {@code from} and on {@code to}. */
	Comparison compare(LocalDate from, LocalDate to) {
		return new Comparison(layer(), from, to);
	}

	private Layer layer() {
		return this.layers.get(Layer.class, this::read);
	}

	/**
	 * Reads the periods, then the places and actors. Each read is a statement of its own
	 * (the callers' transactions read committed): a period whose place was deleted in
	 * between is left out, and one whose actor was is too; the deleting transaction moves
	 * the record's version on, and the layer is read again.
	 */
	private Layer read() {
		Map<Long, List<Holding>> periods = new HashMap<>();
		// 50,000 rows on the synthetic archive: columns by position (by name, each is a
		// look-up in the driver's map of names), dates as days since 1970 (a number to
		// read, not a date to parse), sorted here by place, then start.
		this.jdbc.sql("""
				SELECT place_id, actor_id, challenger_actor_id, status, basis,
				       valid_from - DATE '1970-01-01', valid_to - DATE '1970-01-01'
				  FROM control_period""").query((row) -> {
			long challenger = row.getLong(3);
			Long challengerId = row.wasNull() ? null : challenger;
			LocalDate from = LocalDate.ofEpochDay(row.getInt(6));
			int to = row.getInt(7);
			LocalDate validTo = row.wasNull() ? null : LocalDate.ofEpochDay(to);
			periods.computeIfAbsent(row.getLong(1), (place) -> new ArrayList<>())
				.add(new Holding(row.getLong(2), challengerId, row.getString(4).intern(), row.getString(5).intern(),
						from, validTo, null, null));
		});
		periods.values().forEach((held) -> held.sort(Comparator.comparing(Holding::validFrom)));
		Map<Long, Actor> actors = new HashMap<>();
		this.jdbc.sql("SELECT id, coalesce(short_name, name) AS label, colour FROM actor").query((row) -> {
			String label = row.getString("label");
			String colour = row.getString("colour");
			actors.put(row.getLong("id"), new Actor(label, colour, quoted(label), quoted(colour)));
		});
		List<Place> byName = this.jdbc.sql("""
				SELECT p.id, p.name, p.name_fr, ST_X(p.location) AS longitude, ST_Y(p.location) AS latitude,
				       p.location_precision, ST_AsGeoJSON(p.location, 5) AS geometry,
				       row_number() OVER (ORDER BY lower(p.name), p.id) AS listed
				  FROM place p
				 WHERE EXISTS (SELECT 1 FROM control_period c WHERE c.place_id = p.id)
				 ORDER BY p.name, p.id""")
			.query((row, n) -> Place.of(row.getLong("id"), row.getString("name"), row.getString("name_fr"),
					row.getDouble("longitude"), row.getDouble("latitude"), row.getString("location_precision"),
					row.getString("geometry"), row.getInt("listed"),
					periods.getOrDefault(row.getLong("id"), List.of())
						.stream()
						.filter((period) -> actors.containsKey(period.actorId()))
						.map((period) -> (period.challengerId() == null || actors.containsKey(period.challengerId()))
								? period : period.withoutChallenger())
						.map((period) -> period.encoded(actors.get(period.actorId()),
								(period.challengerId() != null) ? actors.get(period.challengerId()) : null))
						.toArray(Holding[]::new)))
			.list();
		return new Layer(byName, byName.stream().sorted(Comparator.comparingInt(Place::listed)).toList(),
				byName.stream().sorted(NORTH_TO_SOUTH).toList(),
				byName.stream().collect(Collectors.toUnmodifiableMap(Place::id, Function.identity())),
				Map.copyOf(actors));
	}

	/** A JSON string, quotes included; {@code null} for null. */
	static String quoted(String text) {
		return (text != null) ? '"' + new String(JsonStringEncoder.getInstance().quoteAsCharArray(text)) + '"' : "null";
	}

	/**
	 * A period's status or basis as a JSON string, quoted once for all: there are five
	 * ({@code control_period}'s checks, V1), and quoting them for every place of a map or
	 * a list of changes took 14 % of the changes' time (BENCHMARKS.md, nineteenth run).
	 */
	static String quotedCode(String code) {
		return (code != null) ? QUOTED_CODES.computeIfAbsent(code, ControlLayer::quoted) : "null";
	}

	/**
	 * The layer and who held each of its places on a date.
	 *
	 * @param layer the places and actors
	 * @param date the date
	 */
	record OnDate(Layer layer, LocalDate date) {

		/** The period holding at {@code place} on the date, or {@code null}. */
		Holding at(Place place) {
			return place.on(this.date);
		}

		Actor actor(Long id) {
			return this.layer.actor(id);
		}

	}

	/**
	 * The layer and who held each of its places on two dates.
	 *
	 * @param layer the places and actors
	 * @param from the first date
	 * @param to the second date
	 */
	record Comparison(Layer layer, LocalDate from, LocalDate to) {

		/** The period holding at {@code place} on the first date, or {@code null}. */
		Holding before(Place place) {
			return place.on(this.from);
		}

		/** The period holding at {@code place} on the second date, or {@code null}. */
		Holding after(Place place) {
			return place.on(this.to);
		}

	}

	/**
	 * @param byName the places by name, as the GeoJSON lists them
	 * @param listed the same places by name, case ignored, as the changes between two
	 * dates list them
	 * @param northToSouth the same places from north to south, as an export lists them
	 * @param byId the same places by id
	 * @param actors every actor by id
	 */
	record Layer(List<Place> byName, List<Place> listed, List<Place> northToSouth, Map<Long, Place> byId,
			Map<Long, Actor> actors) {

		Actor actor(Long id) {
			return (id != null) ? this.actors.get(id) : null;
		}

	}

	/**
	 * A place of the layer; {@code feature} is the start of its GeoJSON feature in UTF-8,
	 * up to and including the properties that do not change with the date, {@code change}
	 * the start of its entry in a list of changes (ControlChange as JSON, up to its
	 * coordinates), {@code apiJson} the start of its entry in the API's control on a date
	 * (HeldPlace as JSON, up to its precision), {@code listed} its rank in lists by name,
	 * case ignored, and {@code periods} its periods of control by date (they never
	 * overlap).
	 */
	record Place(long id, String name, String nameFr, double longitude, double latitude, String precision,
			byte[] feature, byte[] change, byte[] apiJson, int listed, Holding[] periods) {

		static Place of(long id, String name, String nameFr, double longitude, double latitude, String precision,
				String geometry, int listed, Holding[] periods) {
			String feature = "{\"type\":\"Feature\",\"id\":" + id + ",\"geometry\":" + geometry
					+ ",\"properties\":{\"id\":" + id + ",\"name\":" + quoted(name) + ",\"nameFr\":" + quoted(nameFr)
					+ ",\"precision\":" + quoted(precision);
			String change = "{\"placeId\":" + id + ",\"name\":" + quoted(name) + ",\"nameFr\":" + quoted(nameFr)
					+ ",\"longitude\":" + longitude + ",\"latitude\":" + latitude;
			String api = "{\"id\":" + id + ",\"name\":" + quoted(name) + ",\"nameFr\":" + quoted(nameFr)
					+ ",\"longitude\":" + longitude + ",\"latitude\":" + latitude + ",\"precision\":"
					+ quoted(precision);
			return new Place(id, name, nameFr, longitude, latitude, precision, feature.getBytes(StandardCharsets.UTF_8),
					change.getBytes(StandardCharsets.UTF_8), api.getBytes(StandardCharsets.UTF_8), listed, periods);
		}

		/**
		 * The period holding on {@code date}, or {@code null}: the last to start on or
		 * before it, unless it ended by then ({@code validTo} is exclusive).
		 */
		Holding on(LocalDate date) {
			int low = 0;
			int high = this.periods.length - 1;
			Holding found = null;
			while (low <= high) {
				int middle = (low + high) >>> 1;
				Holding period = this.periods[middle];
				if (period.validFrom().isAfter(date)) {
					high = middle - 1;
				}
				else {
					found = period;
					low = middle + 1;
				}
			}
			return (found != null && (found.validTo() == null || date.isBefore(found.validTo()))) ? found : null;
		}

	}

	/** An actor's label and colour, and both as JSON strings. */
	record Actor(String label, String colour, String labelJson, String colourJson) {

	}

	/**
	 * A period of control at a place; {@code featureEnd} the end of a place's GeoJSON
	 * feature on the control map while it holds (from its holder on, the feature closed),
	 * {@code apiJson} the end of a place's entry in the API's control on a date
	 * (HeldPlace as JSON, from its holder on). Both are written once per layer: written
	 * for each of 5,000 places on every request, the API's took half of that answer's
	 * time (BENCHMARKS.md, twenty-seventh run).
	 */
	record Holding(long actorId, Long challengerId, String status, String basis, LocalDate validFrom, LocalDate validTo,
			byte[] featureEnd, byte[] apiJson) {

		/** The end of a feature of the control map for a place nobody held. */
		static final byte[] NOBODY_FEATURE_END = (",\"actorId\":null,\"actorLabel\":null,\"colour\":null,"
				+ "\"status\":null,\"basis\":null,\"challengerLabel\":null,\"validFrom\":null,\"validTo\":null}}")
			.getBytes(StandardCharsets.UTF_8);

		/** The end of an entry in the API's control on a date for a place nobody held. */
		static final byte[] NOBODY_API_JSON = ",\"actorId\":null,\"actorLabel\":null,\"colour\":null,\"status\":null,\"basis\":null}"
			.getBytes(StandardCharsets.UTF_8);

		/** This period without its challenger, to be {@link #encoded} again. */
		Holding withoutChallenger() {
			return new Holding(this.actorId, null, this.status, this.basis, this.validFrom, this.validTo, null, null);
		}

		/** This period with its ends of a feature and of an API entry written. */
		Holding encoded(Actor holder, Actor challenger) {
			String held = ",\"actorId\":" + this.actorId + ",\"actorLabel\":" + holder.labelJson() + ",\"colour\":"
					+ holder.colourJson() + ",\"status\":" + quotedCode(this.status) + ",\"basis\":"
					+ quotedCode(this.basis);
			String feature = held + ",\"challengerLabel\":" + ((challenger != null) ? challenger.labelJson() : "null")
					+ ",\"validFrom\":" + dateJson(this.validFrom) + ",\"validTo\":" + dateJson(this.validTo) + "}}";
			return new Holding(this.actorId, this.challengerId, this.status, this.basis, this.validFrom, this.validTo,
					feature.getBytes(StandardCharsets.UTF_8), (held + "}").getBytes(StandardCharsets.UTF_8));
		}

		private static String dateJson(LocalDate date) {
			return (date != null) ? "\"" + date + "\"" : "null";
		}

	}

}
