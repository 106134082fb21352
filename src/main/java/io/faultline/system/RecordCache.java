package io.faultline.system;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values drawn from the record, kept for as long as it has not changed: each look-up
 * reads {@code record_version_seq} (V26), which every statement writing the tables they
 * are drawn from moves on, so a change made through any instance is seen by the next
 * request. A look-up costs one read of a sequence.
 * <p>
 * The sequence moves when a writing statement runs, before its transaction commits: a
 * request in between computes without the change and keeps that under the new version.
 * {@link RecordVersions} moves it on again once the commit is visible, so that entry is
 * not used again. An entry also expires after {@link #LIFETIME}, which bounds the same
 * lag for writes made outside the application (psql) that a request raced, and the lag of
 * writes made with triggers off, which do not move the sequence at all. Anonymous
 * readers, who do not see ACLED's events unless they are shared, have entries of their
 * own. A transaction that may have written computes its values itself.
 *
 * @param <K> the key of a value
 */
public final class RecordCache<K> {

	/**
	 * Ten minutes: one until V37, when this was also the lag of a change made through the
	 * application that a request raced.
	 */
	public static final Duration LIFETIME = Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	private final Cache<Key<K>, Versioned> entries;

	/**
	 * A cache of at most {@code maxWeight}, each value weighing what {@code weigher} says
	 * (a {@code null} value weighs nothing).
	 */
	public RecordCache(JdbcClient jdbc, long maxWeight, ToIntFunction<Object> weigher) {
		this.jdbc = jdbc;
		this.entries = Caffeine.newBuilder()
			.maximumWeight(maxWeight)
			.weigher((Key<K> key, Versioned entry) -> 1
					+ ((entry.value() != null) ? weigher.applyAsInt(entry.value()) : 0))
			.expireAfterWrite(LIFETIME)
			.build();
	}

	/** The record's version: it moves on with every change of the tables it covers. */
	public long version() {
		return this.jdbc.sql("SELECT last_value FROM record_version_seq").query(Long.class).single();
	}

	/** The value of {@code key} as of the record's version, computed unless kept. */
	@SuppressWarnings("unchecked")
	public <V> V get(K key, Supplier<V> compute) {
		if (mayHaveWritten()) {
			return compute.get();
		}
		long version = version();
		Key<K> kept = new Key<>(key, AuditingDataSource.anonymousReader());
		Versioned entry = this.entries.getIfPresent(kept);
		if (entry != null && entry.version() == version) {
			return (V) entry.value();
		}
		V value = compute.get();
		this.entries.put(kept, new Versioned(version, value));
		return value;
	}

	/**
	 * Inside a transaction that may have written, a value may hold writes no other
	 * transaction sees yet, or ever (a rollback): it is computed, neither read from nor
	 * kept in the cache. Pages read in read-only transactions or none.
	 */
	private static boolean mayHaveWritten() {
		return TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

	private record Key<K>(K key, boolean anonymous) {

	}

	/** A value as of a version of the record. */
	private record Versioned(long version, Object value) {

	}

}
