package io.faultline.place;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class RegionController {

	static final int PLACES_SHOWN = 100;

	private final RegionService regions;

	private final Clock clock;

	RegionController(RegionService regions, Clock clock) {
		this.regions = regions;
		this.clock = clock;
	}

	@GetMapping("/regions")
	String list(Model model) {
		model.addAttribute("regions", this.regions.children(null));
		return "region/list";
	}

	@GetMapping("/regions/{code}")
	String show(@PathVariable String code, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("region", this.regions.show(code));
		model.addAttribute("children", this.regions.children(code));
		model.addAttribute("places", this.regions.placesUnderControl(code, today, PLACES_SHOWN));
		model.addAttribute("date", today);
		return "region/show";
	}

}
