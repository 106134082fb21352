package io.faultline.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;

import io.faultline.event.EventForm.ParticipantRow;
import io.faultline.system.DatePrecision;

import static org.assertj.core.api.Assertions.assertThat;

class EventFormTests {

	/** Validators built as Spring builds them: they need not be public. */
	private static final ValidatorFactory FACTORY = Validation.byDefaultProvider()
		.configure()
		.constraintValidatorFactory(new ConstraintValidatorFactory() {

			@Override
			public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> type) {
				return BeanUtils.instantiateClass(type);
			}

			@Override
			public void releaseInstance(ConstraintValidator<?, ?> instance) {
			}

		})
		.buildValidatorFactory();

	private static final Validator VALIDATOR = FACTORY.getValidator();

	@AfterAll
	static void close() {
		FACTORY.close();
	}

	@Test
	void acceptsACoherentEvent() {
		assertThat(problems(form(2, 3, 5, LocalDate.of(2024, 3, 11), row(1L, Side.A), row(2L, Side.B)))).isEmpty();
	}

	@Test
	void reportsEachIncoherenceOnTheFieldToFix() {
		assertThat(problems(form(9, 3, 1, LocalDate.of(2024, 3, 1), row(1L, Side.B), row(1L, null))))
			.containsExactlyInAnyOrder("endDate: {editor.event.endDate.beforeStart}",
					"fatalitiesLow: {editor.event.fatalities.lowAboveBest}",
					"fatalitiesHigh: {editor.event.fatalities.highBelowBest}",
					"participants[1].actorId: {editor.event.participant.twice}",
					"participants[1].side: {editor.event.participant.side}",
					"participants: {editor.event.participants.sideA}");
	}

	@Test
	void comparesLowWithHighWhenBestIsMissing() {
		assertThat(problems(form(5, null, 2, null, row(1L, Side.A))))
			.containsExactly("fatalitiesHigh: {editor.event.fatalities.highBelowBest}");
	}

	@Test
	void ignoresBlankRowsAndOffersSomeAfterTheFilledOnes() {
		EventForm form = form(null, null, null, null, row(null, Side.B), row(1L, Side.A));
		assertThat(problems(form)).isEmpty();
		assertThat(form.filledParticipants()).containsExactly(row(1L, Side.A));
		assertThat(form.participants()).hasSize(EventForm.BLANK_ROWS);
		ParticipantRow[] many = new ParticipantRow[7];
		for (int i = 0; i < many.length; i++) {
			many[i] = row((long) i + 1, Side.A);
		}
		assertThat(form(null, null, null, null, many).participants()).hasSize(9);
	}

	@Test
	void treatsAnUntickedCheckboxAsFalse() {
		EventForm form = new EventForm(null, DatePrecision.DAY, null, null, null, null, null, null, null, null, "t",
				null, null, null, null, null);
		assertThat(form.civilianTargeting()).isFalse();
		assertThat(form.confirmDuplicate()).isFalse();
		assertThat(form.version()).isZero();
	}

	private static List<String> problems(EventForm form) {
		Set<ConstraintViolation<EventForm>> violations = VALIDATOR.validate(form);
		return violations.stream()
			.filter((violation) -> violation.getMessageTemplate().startsWith("{editor."))
			.map((violation) -> violation.getPropertyPath() + ": " + violation.getMessageTemplate())
			.toList();
	}

	private static EventForm form(Integer low, Integer best, Integer high, LocalDate end, ParticipantRow... rows) {
		return new EventForm(LocalDate.of(2024, 3, 10), DatePrecision.DAY, end, 1L, "BATTLES", "ARMED_CLASH", low, best,
				high, false, "A title", null, null, List.of(rows), 0, false);
	}

	private static ParticipantRow row(Long actorId, Side side) {
		return new ParticipantRow(actorId, side, ParticipantRole.PRIMARY);
	}

}
