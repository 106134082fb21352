package io.faultline.timeline;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.FieldError;

import io.faultline.system.LocalizedName;
import io.faultline.timeline.TimelineChoices.Choice;
import io.faultline.timeline.TimelineChoices.Subtype;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineFilterTests {

	private static final TimelineChoices CHOICES = new TimelineChoices(List.of(choice("ML-8", "Kidal")),
			List.of(choice("BATTLES", "Battles"), choice("PROTESTS", "Protests")),
			List.of(new Subtype("ARMED_CLASH", "BATTLES", new LocalizedName("Armed clash", null))),
			List.of(choice("11", "Kidal")), List.of(choice("1", "FAMa")));

	@Test
	void readsNewestFirstUnlessAskedOtherwise() {
		assertThat(TimelineFilter.all().newestFirst()).isTrue();
		assertThat(filter(null, null, null, null, null, "oldest").newestFirst()).isFalse();
	}

	@Test
	void treatsAnUntickedCoalitionBoxAsNo() {
		TimelineFilter filter = new TimelineFilter(null, null, null, null, 1L, null, null, null, null, null, null, null,
				null, null, null);
		assertThat(filter.coalition()).isFalse();
	}

	@Test
	void carriesEveryFilterToTheNextPage() {
		TimelineFilter filter = filter(LocalDate.of(2023, 1, 1), null, "ML-8", "BATTLES", "Kidal", "oldest");
		TimelineFilter next = filter.after(LocalDate.of(2023, 11, 14), 66);

		assertThat(next.hasCursor()).isTrue();
		assertThat(next.cursorDate()).isEqualTo(LocalDate.of(2023, 11, 14));
		assertThat(next.cursorId()).isEqualTo(66);
		assertThat(next).usingRecursiveComparison().ignoringFields("cursorDate", "cursorId").isEqualTo(filter);
	}

	@Test
	void acceptsKnownCodesInOrder() {
		TimelineFilter filter = new TimelineFilter(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 1), "ML-8", 11L, 1L,
				true, "BATTLES", "ARMED_CLASH", 0, null, "Kidal", "newest", null, null, null);

		assertThat(validate(filter)).isEmpty();
	}

	@Test
	void rejectsAnEndBeforeTheStart() {
		TimelineFilter filter = filter(LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1), null, null, null, null);

		assertThat(validate(filter)).singleElement().satisfies((error) -> {
			assertThat(error.getField()).isEqualTo("to");
			assertThat(error.getCodes()).contains("timeline.beforeFrom.to");
		});
	}

	@Test
	void rejectsUnknownCodesAndIds() {
		TimelineFilter filter = new TimelineFilter(null, null, "ML-99", 999L, 999L, false, "NOPE", "NOPE", null, null,
				null, null, null, null, null);

		assertThat(validate(filter)).extracting(FieldError::getField)
			.containsExactlyInAnyOrder("region", "place", "actor", "type", "subtype");
		assertThat(validate(filter))
			.allSatisfy((error) -> assertThat(error.getCodes()).contains("timeline.unknown." + error.getField()));
	}

	@Test
	void rejectsASubtypeOfAnotherType() {
		TimelineFilter filter = new TimelineFilter(null, null, null, null, null, false, "PROTESTS", "ARMED_CLASH", null,
				null, null, null, null, null, null);

		assertThat(validate(filter)).singleElement().satisfies((error) -> {
			assertThat(error.getField()).isEqualTo("subtype");
			assertThat(error.getCodes()).contains("timeline.otherType.subtype");
		});
	}

	private static List<FieldError> validate(TimelineFilter filter) {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(filter, "timelineFilter");
		DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
		codes.setPrefix("timeline.");
		errors.setMessageCodesResolver(codes);
		new TimelineFilterValidator(CHOICES, false).validate(filter, errors);
		return errors.getFieldErrors();
	}

	private static TimelineFilter filter(LocalDate from, LocalDate to, String region, String type, String q,
			String order) {
		return new TimelineFilter(from, to, region, null, null, false, type, null, null, null, q, order, null, null,
				null);
	}

	private static Choice choice(String value, String label) {
		return new Choice(value, new LocalizedName(label, null));
	}

}
