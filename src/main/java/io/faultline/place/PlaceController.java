package io.faultline.place;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.faultline.account.Role;
import io.faultline.account.RoleChecks;
import io.faultline.control.ControlBand;
import io.faultline.control.ControlPeriodView;
import io.faultline.control.ControlService;
import io.faultline.event.EventService;
import io.faultline.timeline.TimelineCharts;

@Controller
class PlaceController {

	static final int PAGE_SIZE = 50;

	static final int EVENTS_SHOWN = 50;

	static final int BAND_WIDTH = 1000;

	static final int NEARBY_KM = 150;

	static final int NEARBY_SHOWN = 10;

	/** Where the band's axis starts unless a period starts earlier. */
	static final LocalDate RECORD_START = LocalDate.of(2012, 1, 1);

	/** Matches shown while typing a place's name. */
	static final int SEARCH_LIMIT = 20;

	private final PlaceService places;

	private final PlaceLookup lookup;

	private final EventService events;

	private final ControlService control;

	private final TimelineCharts charts;

	private final Clock clock;

	private final RoleChecks roles;

	PlaceController(PlaceService places, PlaceLookup lookup, EventService events, ControlService control,
			TimelineCharts charts, Clock clock, RoleChecks roles) {
		this.places = places;
		this.lookup = lookup;
		this.events = events;
		this.control = control;
		this.charts = charts;
		this.clock = clock;
		this.roles = roles;
	}

	@GetMapping("/places")
	String list(@RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
		model.addAttribute("editor", this.roles.has(authentication, Role.EDITOR));
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("places", this.places.list(Math.max(0, page), PAGE_SIZE, today));
		model.addAttribute("date", today);
		return "place/list";
	}

	/** The places matching what an editor types, as options for the event form (htmx). */
	@GetMapping("/places/search")
	String search(@RequestParam(defaultValue = "") String q, Model model) {
		String text = q.strip();
		model.addAttribute("query", text);
		model.addAttribute("matches", this.lookup.search(text, SEARCH_LIMIT));
		return "place/search :: options";
	}

	@GetMapping("/places/{id}")
	String show(@PathVariable long id, Authentication authentication, Model model) {
		model.addAttribute("editor", this.roles.has(authentication, Role.EDITOR));
		model.addAttribute("place", this.places.show(id));
		List<ControlPeriodView> history = this.control.historyOf(id);
		model.addAttribute("control", history);
		model.addAttribute("band", ControlBand.of(history, RECORD_START, LocalDate.now(this.clock), BAND_WIDTH));
		model.addAttribute("nearby", this.places.nearby(id, NEARBY_KM, NEARBY_SHOWN));
		model.addAttribute("chart", this.charts.atPlace(id));
		model.addAttribute("events", this.events.atPlace(id, EVENTS_SHOWN));
		model.addAttribute("eventCount", this.events.countAtPlace(id));
		return "place/show";
	}

}
