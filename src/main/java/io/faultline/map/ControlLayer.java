package io.faultline.map;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 * GeoJSON feature already written, and every actor's label and colour. A map on a date
 * then reads only the periods holding on that date, through the GiST index on their
 * ranges, and writes the rest from here: 5,000 places no longer go through PostgreSQL's
 * JSON functions on every request (BENCHMARKS.md, sixth run).
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

	/**
	 * The periods holding on {@code date} and the layer to draw them on. The periods are
	 * read first: a layer kept from before a period's place or actor was written (the lag
	 * {@link RecordCache} allows) is then read again rather than drawn without it.
	 */
	OnDate on(LocalDate date) {
		Map<Long, Holding> holdings = holdings(date);
		return new OnDate(layerWith(List.of(holdings)), holdings);
	}

	/** The periods holding on {@code from} and on {@code to}, and their layer. */
	Comparison compare(LocalDate from, LocalDate to) {
		Map<Long, Holding> before = holdings(from);
		Map<Long, Holding> after = holdings(to);
		return new Comparison(layerWith(List.of(before, after)), before, after);
	}

	private Layer layerWith(List<Map<Long, Holding>> holdings) {
		Layer layer = this.layers.get(Layer.class, this::read);
		return holdings.stream().allMatch(layer::holds) ? layer : read();
	}

	private Map<Long, Holding> holdings(LocalDate date) {
		// Columns by position: by name, each is a look-up in the driver's map of
		// names, and this reads 5,000 rows a date (BENCHMARKS.md, nineteenth run).
		Map<Long, Holding> holdings = new HashMap<>();
		this.jdbc.sql("""
				SELECT place_id, actor_id, challenger_actor_id, status, basis, valid_from, valid_to
				  FROM control_period
				 WHERE valid @> CAST(:date AS date)""").param("date", date).query((row) -> {
			holdings.put(row.getLong(1), new Holding(row.getLong(2), row.getObject(3, Long.class), row.getString(4),
					row.getString(5), row.getObject(6, LocalDate.class), row.getObject(7, LocalDate.class)));
		});
		return holdings;
	}

	private Layer read() {
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
					row.getString("geometry"), row.getInt("listed")))
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
	 * @param holdings the period holding at each place, by place; absent where nobody
	 * held it
	 */
	record OnDate(Layer layer, Map<Long, Holding> holdings) {

		Holding at(Place place) {
			return this.holdings.get(place.id());
		}

		Actor actor(Long id) {
			return this.layer.actor(id);
		}

	}

	/**
	 * The periods holding at each place on two dates, and their layer.
	 *
	 * @param layer the places and actors
	 * @param before the period holding at each place on the first date, by place
	 * @param after the period holding at each place on the second date, by place
	 */
	record Comparison(Layer layer, Map<Long, Holding> before, Map<Long, Holding> after) {

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

		/** Whether every place and actor of {@code holdings} is in the layer. */
		boolean holds(Map<Long, Holding> holdings) {
			return holdings.entrySet()
				.stream()
				.allMatch((holding) -> this.byId.containsKey(holding.getKey())
						&& this.actors.containsKey(holding.getValue().actorId())
						&& (holding.getValue().challengerId() == null
								|| this.actors.containsKey(holding.getValue().challengerId())));
		}

		Actor actor(Long id) {
			return (id != null) ? this.actors.get(id) : null;
		}

	}

	/**
	 * A place of the layer; {@code feature} is the start of its GeoJSON feature in UTF-8,
	 * up to and including the properties that do not change with the date, {@code change}
	 * the start of its entry in a list of changes (ControlChange as JSON, up to its
	 * coordinates), and {@code listed} its rank in lists by name, case ignored.
	 */
	record Place(long id, String name, String nameFr, double longitude, double latitude, String precision,
			byte[] feature, byte[] change, int listed) {

		static Place of(long id, String name, String nameFr, double longitude, double latitude, String precision,
				String geometry, int listed) {
			String feature = "{\"type\":\"Feature\",\"id\":" + id + ",\"geometry\":" + geometry
					+ ",\"properties\":{\"id\":" + id + ",\"name\":" + quoted(name) + ",\"nameFr\":" + quoted(nameFr)
					+ ",\"precision\":" + quoted(precision);
			String change = "{\"placeId\":" + id + ",\"name\":" + quoted(name) + ",\"nameFr\":" + quoted(nameFr)
					+ ",\"longitude\":" + longitude + ",\"latitude\":" + latitude;
			return new Place(id, name, nameFr, longitude, latitude, precision, feature.getBytes(StandardCharsets.UTF_8),
					change.getBytes(StandardCharsets.UTF_8), listed);
		}

	}

	/** An actor's label and colour, and both as JSON strings. */
	record Actor(String label, String colour, String labelJson, String colourJson) {

	}

	/** The period holding at a place on a date. */
	record Holding(long actorId, Long challengerId, String status, String basis, LocalDate validFrom,
			LocalDate validTo) {

	}

}
