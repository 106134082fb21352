package io.faultline.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.faultline.control.ControlService;
import io.faultline.event.EventService;
import io.faultline.event.RecordSpan;

@Controller
class DashboardController {

	static final List<String> PRESETS = List.of("30d", "90d", "1y", "all");

	static final int LATEST_EVENTS = 15;

	static final int LATEST_CHANGES = 10;

	static final int ACTIVE_ACTORS = 8;

	private final DashboardService dashboard;

	private final EventService events;

	private final ControlService control;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock;

	private final DashboardCache cache;

	DashboardController(DashboardService dashboard, EventService events, ControlService control, MessageSource messages,
			JsonMapper json, Clock clock, DashboardCache cache) {
		this.dashboard = dashboard;
		this.events = events;
		this.control = control;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
		this.cache = cache;
	}

	/**
	 * A malformed date is reported beside the form and the default period is shown
	 * instead.
	 */
	@GetMapping("/")
	String home(@ModelAttribute("query") DashboardQuery query, BindingResult binding, Model model, Locale locale) {
		RecordSpan span = this.cache.span(this.events::span);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate first = (span.firstDate() != null) ? span.firstDate() : today;
		LocalDate last = (span.lastDate() != null) ? span.lastDate() : today;
		DashboardPeriod period = binding.hasErrors() ? DashboardPeriod.of(null, null, null, first, last)
				: DashboardPeriod.of(query.preset(), query.from(), query.to(), first, last);
		DashboardView view = this.cache.view(period, locale, () -> view(period, locale));
		model.addAttribute("span", span);
		model.addAttribute("period", period);
		model.addAttribute("presets", PRESETS);
		model.addAttribute("figures", view.figures());
		model.addAttribute("actors", view.actors());
		model.addAttribute("events", view.events());
		model.addAttribute("changes", view.changes());
		model.addAttribute("chartJson", view.chartJson());
		return "dashboard/home";
	}

	private DashboardView view(DashboardPeriod period, Locale locale) {
		MonthlyChart chart = this.dashboard.monthly(period, locale,
				this.messages.getMessage("dashboard.chart.fatalities", null, locale));
		return new DashboardView(this.dashboard.figures(period), this.dashboard.mostActive(period, ACTIVE_ACTORS),
				this.events.latestBetween(period.from(), period.to(), LATEST_EVENTS),
				this.control.changesBetween(period.from(), period.to(), LATEST_CHANGES),
				this.json.writeValueAsString(chart));
	}

}
