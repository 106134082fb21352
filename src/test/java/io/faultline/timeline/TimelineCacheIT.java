package io.faultline.timeline;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.faultline.IntegrationTest;
import io.faultline.place.Place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The timeline keeps a filter's count and chart while the record stands still, and draws
 * them again as soon as any table they are drawn from changes (V26's record version).
 */
@IntegrationTest
class TimelineCacheIT {

	private static final List<String> RECORD_TABLES = List.of("event", "event_actor", "claim", "actor",
			"actor_relation", "place", "place_alias", "region", "control_period", "app_setting");

	@Autowired
	TimelineService timeline;

	@Autowired
	TimelineCache cache;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TimelineChartSvg svg;

	@Autowired
	PlatformTransactionManager transactions;

	@PersistenceContext
	EntityManager entities;

	@AfterEach
	void forgetTheReaderAndLanguage() {
		SecurityContextHolder.clearContext();
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void writesAKeptChartsSvgOncePerLanguage() {
		TimelineChart chart = this.timeline.chart(TimelineFilter.all());
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		String english = this.svg.render(chart, "/events/");
		assertThat(this.svg.render(chart, "/events/")).isSameAs(english);
		assertThat(this.svg.render(chart, "/fr/events/")).isNotSameAs(english).contains("href=\"/fr/events/");
		LocaleContextHolder.setLocale(Locale.FRENCH);
		String french = this.svg.render(chart, "/events/");
		assertThat(french).isNotEqualTo(english).isSameAs(this.svg.render(chart, "/events/"));
		TimelineChart another = this.timeline.chart(TimelineFilter
			.atPlace(this.jdbc.sql("SELECT id FROM place WHERE name = 'Kidal'").query(Long.class).single()));
		assertThat(this.svg.render(another, "/events/")).isNotEqualTo(french);
	}

	/**
	 * Not in a rolled-back transaction: inside one that has written, the cache is not
	 * used at all (RecordCache). The event is deleted afterwards instead.
	 */
	@Test
	void keepsAPlacesChartAndCountUntilAnEventIsAddedThere() {
		long kidal = this.jdbc.sql("SELECT id FROM place WHERE name = 'Kidal'").query(Long.class).single();
		TimelineFilter filter = TimelineFilter.atPlace(kidal);
		TimelineChart chart = this.timeline.chart(filter);
		long count = this.timeline.count(filter);
		assertThat(this.timeline.chart(filter)).isSameAs(chart);
		assertThat(this.timeline.chart(filter.after(chart.marks().get(0).date(), 1))).as("another page, same events")
			.isSameAs(chart);

		long added = this.jdbc
			.sql("""
					INSERT INTO event (event_date, disorder_type_code, event_type_code, sub_event_type_code, place_id, title,
					                   review_status)
					SELECT DATE '2024-02-01', t.disorder_type_code, t.code, 'ARMED_CLASH', :place, 'Clash at Kidal', 'PUBLISHED'
					  FROM event_type t WHERE t.code = 'BATTLES'
					RETURNING id""")
			.param("place", kidal)
			.query(Long.class)
			.single();
		try {
			TimelineChart redrawn = this.timeline.chart(filter);
			assertThat(redrawn).isNotSameAs(chart);
			assertThat(redrawn.marks()).hasSize(chart.marks().size() + 1);
			assertThat(this.timeline.count(filter)).isEqualTo(count + 1);
			assertThat(this.timeline.chart(filter)).isSameAs(redrawn);
		}
		finally {
			this.jdbc.sql("DELETE FROM event WHERE id = :id").param("id", added).update();
		}
	}

	/**
	 * A request reads the version after a writer's statement moved it and before the
	 * writer committed: it counts without the new event and keeps that under the new
	 * version. Once the writer has committed, the count is taken again (V37,
	 * RecordVersions), where it was kept until it expired.
	 */
	@Test
	void countsAgainAfterAWriteThatARequestRacedHasCommitted() throws Exception {
		long kidal = this.jdbc.sql("SELECT id FROM place WHERE name = 'Kidal'").query(Long.class).single();
		TimelineFilter filter = TimelineFilter.atPlace(kidal);
		long count = this.timeline.count(filter);
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch raced = new CountDownLatch(1);
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		CompletableFuture<Long> writer = CompletableFuture.supplyAsync(() -> transaction.execute((status) -> {
			long id = this.jdbc
				.sql("""
						INSERT INTO event (event_date, disorder_type_code, event_type_code, sub_event_type_code, place_id, title,
						                   review_status)
						SELECT DATE '2024-02-02', t.disorder_type_code, t.code, 'ARMED_CLASH', :place, 'Raced clash at Kidal',
						       'PUBLISHED'
						  FROM event_type t WHERE t.code = 'BATTLES'
						RETURNING id""")
				.param("place", kidal)
				.query(Long.class)
				.single();
			written.countDown();
			try {
				assertThat(raced.await(30, TimeUnit.SECONDS)).isTrue();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			return id;
		}));
		assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
		long versionWhileWriting = this.cache.version();
		assertThat(this.timeline.count(filter)).as("the write is not committed yet").isEqualTo(count);
		raced.countDown();
		long added = writer.get(30, TimeUnit.SECONDS);
		try {
			assertThat(this.cache.version()).isGreaterThan(versionWhileWriting);
			assertThat(this.timeline.count(filter)).isEqualTo(count + 1);
		}
		finally {
			this.jdbc.sql("DELETE FROM event WHERE id = :id").param("id", added).update();
		}
	}

	/**
	 * JPA writes an entity's change when its transaction commits: the record's version
	 * moves then, and once more after the commit (read by a synchronization, which runs
	 * after the commit and before RecordVersions).
	 */
	@Test
	void movesTheVersionOnAfterTheCommitOfAChangeThatJpaWrote() {
		long kidal = this.jdbc.sql("SELECT id FROM place WHERE name = 'Kidal'").query(Long.class).single();
		Long geonamesId = this.jdbc.sql("SELECT geonames_id FROM place WHERE id = :id")
			.param("id", kidal)
			.query(Long.class)
			.optional()
			.orElse(null);
		long before = this.cache.version();
		AtomicLong committed = new AtomicLong();
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.entities.find(Place.class, kidal).setGeonamesId(987_654_321L);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					committed.set(TimelineCacheIT.this.cache.version());
				}

			});
		});
		try {
			assertThat(committed.get()).as("moved by the statements JPA wrote at the commit").isGreaterThan(before);
			assertThat(this.cache.version()).as("moved on after the commit").isGreaterThan(committed.get());
		}
		finally {
			this.jdbc.sql("UPDATE place SET geonames_id = :geonamesId WHERE id = :id")
				.param("geonamesId", geonamesId)
				.param("id", kidal)
				.update();
		}
	}

	/**
	 * RecordVersions writes what JPA holds before the commit does: a conflict of versions
	 * found there is reported as the commit reports it.
	 */
	@Test
	void reportsAConflictOfVersionsFoundBeforeTheCommitAsTheCommitWould() {
		long kidal = this.jdbc.sql("SELECT id FROM place WHERE name = 'Kidal'").query(Long.class).single();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		TransactionTemplate another = new TransactionTemplate(this.transactions);
		another.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> transaction.executeWithoutResult((status) -> {
				Place place = this.entities.find(Place.class, kidal);
				another.executeWithoutResult(
						(concurrent) -> this.jdbc.sql("UPDATE place SET version = version + 1 WHERE id = :id")
							.param("id", kidal)
							.update());
				place.setGeonamesId(987_654_322L);
			}));
		assertThat(this.jdbc.sql("SELECT geonames_id FROM place WHERE id = :id")
			.param("id", kidal)
			.query(Long.class)
			.optional()).isNotEqualTo(Optional.of(987_654_322L));
	}

	@Test
	void aTransactionThatChangesNothingOfTheRecordLeavesItsVersion() {
		long before = this.cache.version();
		new TransactionTemplate(this.transactions)
			.executeWithoutResult((status) -> this.jdbc.sql("SELECT count(*) FROM event").query(Long.class).single());
		new TransactionTemplate(this.transactions).executeWithoutResult(
				(status) -> this.jdbc.sql("UPDATE app_user SET username = username WHERE false").update());
		assertThat(this.cache.version()).isEqualTo(before);
	}

	@Test
	@Transactional
	void computesAfreshInsideATransactionThatMayWrite() {
		long kidal = this.jdbc.sql("SELECT id FROM place WHERE name = 'Kidal'").query(Long.class).single();
		TimelineFilter filter = TimelineFilter.atPlace(kidal);
		assertThat(this.timeline.chart(filter)).isNotSameAs(this.timeline.chart(filter));
	}

	@Test
	@Transactional
	void everyTableTheChartsReadMovesTheRecordsVersion() {
		for (String table : RECORD_TABLES) {
			long before = this.cache.version();
			this.jdbc.sql("DELETE FROM " + table + " WHERE false").update();
			assertThat(this.cache.version()).as(table).isGreaterThan(before);
		}
	}

	@Test
	void keepsAnonymousReadersChartsApart() {
		TimelineFilter filter = TimelineFilter.all();
		TimelineChart signedIn = this.timeline.chart(filter);
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		TimelineChart anonymous = this.timeline.chart(filter);
		assertThat(anonymous).isNotSameAs(signedIn);
		assertThat(this.timeline.chart(filter)).isSameAs(anonymous);
	}

}
