package io.faultline.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.faultline.system.DatePrecision;
import io.faultline.system.LocalizedName;

import static org.assertj.core.api.Assertions.assertThat;

class TimelinePageTests {

	@Test
	void groupsRowsByMonthAndDayInTheOrderRead() {
		TimelinePage page = TimelinePage.of(
				List.of(entry(3, "2023-11-14"), entry(2, "2023-11-14"), entry(1, "2023-11-10"), entry(0, "2023-10-07")),
				10, TimelineFilter.all());

		assertThat(page.months()).extracting(TimelinePage.Month::month)
			.containsExactly(YearMonth.of(2023, 11), YearMonth.of(2023, 10));
		assertThat(page.months().get(0).days()).extracting(TimelinePage.Day::date)
			.containsExactly(LocalDate.of(2023, 11, 14), LocalDate.of(2023, 11, 10));
		assertThat(page.months().get(0).days().get(0).entries()).extracting(TimelineEntry::id).containsExactly(3L, 2L);
		assertThat(page.months()).noneMatch(TimelinePage.Month::continued);
		assertThat(page.hasMore()).isFalse();
	}

	@Test
	void pointsTheNextPageAtTheLastRowShown() {
		TimelinePage page = TimelinePage.of(
				List.of(entry(3, "2023-11-14"), entry(2, "2023-11-10"), entry(1, "2023-10-07")), 2,
				TimelineFilter.all());

		assertThat(page.entries()).extracting(TimelineEntry::id).containsExactly(3L, 2L);
		assertThat(page.next().cursorDate()).isEqualTo(LocalDate.of(2023, 11, 10));
		assertThat(page.next().cursorId()).isEqualTo(2L);
	}

	@Test
	void doesNotRepeatTheHeadingsOfAMonthAndDayBegunOnThePreviousPage() {
		TimelineFilter after = TimelineFilter.all().after(LocalDate.of(2023, 11, 14), 3);
		TimelinePage page = TimelinePage.of(List.of(entry(2, "2023-11-14"), entry(1, "2023-11-10")), 10, after);

		TimelinePage.Month november = page.months().get(0);
		assertThat(november.continued()).isTrue();
		assertThat(november.days()).extracting(TimelinePage.Day::continued).containsExactly(true, false);
	}

	private static TimelineEntry entry(long id, String date) {
		return new TimelineEntry(id, LocalDate.parse(date), DatePrecision.DAY, null, "Event " + id, 11,
				new LocalizedName("Kidal", null), "BATTLES", new LocalizedName("Battles", "Batailles"),
				new LocalizedName("Armed clash", null), null, false, false, 18.44, 1.41);
	}

}
