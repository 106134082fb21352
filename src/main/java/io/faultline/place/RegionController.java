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
		RegionView view = this.regions.view(code, LocalDate.now(this.clock), PLACES_SHOWN);
		model.addAttribute("region", view.region());
		model.addAttribute("children", view.children());
		model.addAttribute("places", view.places());
		model.addAttribute("date", view.date());
		return "region/show";
	}

}
