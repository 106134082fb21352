package io.faultline.control;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.IntegrationTest;
import io.faultline.actor.Actor;
import io.faultline.place.Place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
@Transactional
class ControlServiceIT {

	@Autowired
	ControlService control;

	@Autowired
	EntityManager entities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void explainsOverlapNamingTheConflictingPeriod() {
		Place kidal = place("Kidal");
		Actor fama = actor("FAMa");
		ControlPeriodView holder = this.control.on(kidal.getId(), LocalDate.of(2018, 6, 1)).orElseThrow();

		assertThatExceptionOfType(ControlPeriodOverlapException.class)
			.isThrownBy(() -> this.control
				.record(new ControlPeriod(kidal, fama, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31))))
			.satisfies((ex) -> assertThat(ex.getConflicting().id()).isEqualTo(holder.id()))
			.withMessageContaining("Kidal")
			.withMessageContaining("period #" + holder.id())
			.withMessageContaining(holder.actorLabel());
	}

	@Test
	void listThePlacesAnActorHeldLatestFirst() {
		long actor = this.jdbc
			.sql("SELECT actor_id FROM control_period GROUP BY actor_id ORDER BY count(*) DESC LIMIT 1")
			.query(Long.class)
			.single();
		List<LocalDate> starts = this.jdbc
			.sql("SELECT valid_from FROM control_period WHERE actor_id = :actor ORDER BY valid_from DESC")
			.param("actor", actor)
			.query(LocalDate.class)
			.list();
		assertThat(starts).hasSizeGreaterThan(3);

		assertThat(this.control.heldBy(actor, 3)).extracting(ControlPeriodView::validFrom)
			.isEqualTo(starts.subList(0, 3));
		assertThat(this.control.heldBy(actor, starts.size() + 1)).extracting(ControlPeriodView::validFrom)
			.isEqualTo(starts);
	}

	@Test
	void recordsPeriodThatFitsAGap() {
		long before = count();
		Place place = this.entities.getReference(Place.class, this.jdbc.sql("""
				SELECT id FROM place p WHERE NOT EXISTS (SELECT 1 FROM control_period c WHERE c.place_id = p.id)
				 ORDER BY id LIMIT 1""").query(Long.class).single());
		ControlPeriod period = new ControlPeriod(place, actor("FAMa"), LocalDate.of(2020, 1, 1), null);
		this.control.record(period);
		assertThat(count()).isEqualTo(before + 1);
		assertThat(this.control.on(place.getId(), LocalDate.of(2024, 1, 1)))
			.hasValueSatisfying((held) -> assertThat(held.actorLabel()).isEqualTo("FAMa"));
		assertThat(this.control.on(place.getId(), LocalDate.of(2019, 12, 31))).isEmpty();
	}

	private long count() {
		return this.jdbc.sql("SELECT count(*) FROM control_period").query(Long.class).single();
	}

	private Place place(String name) {
		return this.entities.createQuery("select p from Place p where p.name = :name", Place.class)
			.setParameter("name", name)
			.getSingleResult();
	}

	private Actor actor(String shortName) {
		return this.entities.createQuery("select a from Actor a where a.shortName = :name", Actor.class)
			.setParameter("name", shortName)
			.getSingleResult();
	}

}
