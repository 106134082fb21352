package io.faultline.place;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.faultline.account.Role;
import io.faultline.account.RoleChecks;
import io.faultline.control.ControlBand;

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

	private final Clock clock;

	private final RoleChecks roles;

	PlaceController(PlaceService places, PlaceLookup lookup, Clock clock, RoleChecks roles) {
		this.places = places;
		this.lookup = lookup;
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
		PlaceView view = this.places.view(id, NEARBY_KM, NEARBY_SHOWN, EVENTS_SHOWN);
		model.addAttribute("place", view.place());
		model.addAttribute("control", view.control());
		model.addAttribute("band", ControlBand.of(view.control(), RECORD_START, LocalDate.now(this.clock), BAND_WIDTH));
		model.addAttribute("nearby", view.nearby());
		model.addAttribute("chart", view.chart());
		model.addAttribute("events", view.events());
		model.addAttribute("eventCount", view.eventCount());
		return "place/show";
	}

}
