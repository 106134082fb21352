package io.faultline.system;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import com.github.benmanes.caffeine.cache.AsyncCache;
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
 * <p>
 * A value is computed once per version, however many requests ask for it at once: the
 * first computes it, on its own thread and in its own transaction, and the others wait
 * for it. After a change, ten requests at once for a region and a type used to draw its
 * chart ten times over, 3.4 s each on two cores, where once takes 0.6 s (BENCHMARKS.md,
 * twenty-second run). A computation must not ask the same cache for another value: two
 * requests each computing what the other waits for would wait for ever.
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

	/** Values as of a version, and those being computed. */
	private final ConcurrentMap<Key<K>, CompletableFuture<Versioned>> entries;

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
			.<Key<K>, Versioned>buildAsync()
			.asMap();
	}

	/** The record's version: it moves on with every change of the tables it covers. */
	public long version() {
		return this.jdbc.sql("SELECT last_value FROM record_version_seq").query(Long.class).single();
	}

	/**
	 * The value of {@code key} as of the record's version: kept, being computed by
	 * another request (then this one waits for it), or computed here.
	 */
	@SuppressWarnings("unchecked")
	public <V> V get(K key, Supplier<V> compute) {
		if (mayHaveWritten()) {
			return compute.get();
		}
		long version = version();
		Key<K> kept = new Key<>(key, AuditingDataSource.anonymousReader());
		while (true) {
			CompletableFuture<Versioned> present = this.entries.get(kept);
			if (present != null && !(present instanceof Computation computation && computation.version < version)) {
				Versioned entry = awaited(kept, present);
				if (entry != null && entry.version() >= version) {
					return (V) entry.value();
				}
			}
			// Not kept, or as of an older version (kept or being computed): computed
			// here.
			Computation mine = new Computation(version);
			boolean claimed = (present != null) ? this.entries.replace(kept, present, mine)
					: this.entries.putIfAbsent(kept, mine) == null;
			if (claimed) {
				return (V) computed(kept, mine, compute).value();
			}
			// Another request claimed it in between: wait for that one instead.
		}
	}

	/** What another request computed, or {@code null} if it failed. */
	private Versioned awaited(Key<K> kept, CompletableFuture<Versioned> present) {
		try {
			return present.join();
		}
		catch (RuntimeException ex) {
			// Its failure is its own (a cancelled request, a timeout): this one tries
			// again.
			this.entries.remove(kept, present);
			return null;
		}
	}

	private Versioned computed(Key<K> kept, Computation mine, Supplier<?> compute) {
		try {
			Versioned entry = new Versioned(mine.version, compute.get());
			mine.complete(entry);
			return entry;
		}
		catch (Throwable ex) {
			// Whatever ends it, no request may be left waiting for it.
			this.entries.remove(kept, mine);
			mine.completeExceptionally(ex);
			throw ex;
		}
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

	/** A value being computed as of a version of the record. */
	private static final class Computation extends CompletableFuture<Versioned> {

		private final long version;

		Computation(long version) {
			this.version = version;
		}

	}

}
