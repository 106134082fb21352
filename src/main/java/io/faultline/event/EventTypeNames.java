package io.faultline.event;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import io.faultline.system.LocalizedName;

/**
 * The names of ACLED's event types and sub-types (V2), read on first use and kept: the
 * taxonomy comes with the migrations and does not change while the application runs. Rows
 * of events take their names from here rather than joining the two tables to every event.
 */
@Component
public class EventTypeNames {

	private final SingletonSupplier<Names> names;

	EventTypeNames(JdbcClient jdbc) {
		this.names = SingletonSupplier.of(() -> new Names(read(jdbc, "event_type"), read(jdbc, "sub_event_type")));
	}

	/** The name of the event type {@code code}. */
	public LocalizedName type(String code) {
		return named(this.names.obtain().types(), code, "event type");
	}

	/** The name of the sub-event type {@code code}. */
	public LocalizedName subtype(String code) {
		return named(this.names.obtain().subtypes(), code, "sub-event type");
	}

	private static LocalizedName named(Map<String, LocalizedName> names, String code, String kind) {
		LocalizedName name = names.get(code);
		if (name == null) {
			throw new IllegalArgumentException("No " + kind + " " + code);
		}
		return name;
	}

	private static Map<String, LocalizedName> read(JdbcClient jdbc, String table) {
		return jdbc.sql("SELECT code, name, name_fr FROM " + table)
			.query((row, n) -> Map.entry(row.getString("code"), LocalizedName.of(row, "name")))
			.list()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private record Names(Map<String, LocalizedName> types, Map<String, LocalizedName> subtypes) {

	}

}
