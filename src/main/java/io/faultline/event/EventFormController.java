package io.faultline.event;

import java.security.Principal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.faultline.event.EventForm.ParticipantRow;
import io.faultline.place.InlinePlace;
import io.faultline.place.LocationPrecision;
import io.faultline.place.PlaceKind;
import io.faultline.place.PlaceLookup;
import io.faultline.place.PlaceOption;
import io.faultline.system.FormBinding;

/** New events and edits of drafts, for editors. */
@Controller
class EventFormController {

	/** Places offered in a plain list when the search cannot run (no JavaScript). */
	static final int PLACES_WITHOUT_SEARCH = 300;

	private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final EventEditService editing;

	private final PlaceLookup places;

	private final MessageSource messages;

	private final EventRevisionService revisions;

	EventFormController(EventEditService editing, PlaceLookup places, MessageSource messages,
			EventRevisionService revisions) {
		this.revisions = revisions;
		this.editing = editing;
		this.places = places;
		this.messages = messages;
	}

	@GetMapping("/events/new")
	String createForm(Model model) {
		return showForm(EventForm.empty(), null, this.editing.choices(), model);
	}

	@PostMapping("/events/new")
	String create(@Valid @ModelAttribute("form") EventForm form, BindingResult bound, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletRequest request) {
		EventChoices choices = this.editing.choices();
		BindingResult binding = FormBinding.usable(form, bound, model, request);
		check(form, choices, binding);
		if (binding.hasErrors()) {
			return showForm(form, null, choices, model);
		}
		if (!form.confirmDuplicate()) {
			List<PossibleDuplicate> duplicates = this.editing.possibleDuplicates(form);
			if (!duplicates.isEmpty()) {
				model.addAttribute("duplicates", duplicates);
				return showForm(form, null, choices, model);
			}
		}
		long id = this.editing.create(form, choices, principal.getName());
		redirect.addFlashAttribute("notice", "editor.event.created");
		redirect.addFlashAttribute("noticeArgument", form.title().strip());
		return "redirect:/events/" + id;
	}

	@GetMapping("/events/{id}/edit")
	String editForm(@PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			if (this.editing.isPublished(id)) {
				model.addAttribute("revision", true);
				return showForm(this.editing.formForRevision(id), id, this.editing.choices(), model);
			}
			return showForm(this.editing.formFor(id), id, this.editing.choices(), model);
		}
		catch (EventNotEditableException ex) {
			return refuse(id, redirect);
		}
	}

	@PostMapping("/events/{id}/edit")
	String edit(@PathVariable long id, @Valid @ModelAttribute("form") EventForm form, BindingResult bound,
			@RequestParam(required = false) String reason, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (this.editing.isPublished(id)) {
			return propose(id, form, bound, reason, principal, model, redirect, request);
		}
		if (!this.editing.isEditable(id)) {
			return refuse(id, redirect);
		}
		EventChoices choices = this.editing.choices();
		BindingResult binding = FormBinding.usable(form, bound, model, request);
		check(form, choices, binding);
		if (binding.hasErrors()) {
			return showForm(form, id, choices, model);
		}
		try {
			this.editing.update(id, form, choices, principal.getName());
		}
		catch (EventNotEditableException ex) {
			return refuse(id, redirect);
		}
		catch (EventConflictException ex) {
			return conflict(ex, form, choices, model, response, locale);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return conflict(this.editing.conflictOn(id), form, choices, model, response, locale);
		}
		redirect.addFlashAttribute("notice", "editor.event.saved");
		redirect.addFlashAttribute("noticeArgument", form.title().strip());
		return "redirect:/events/" + id;
	}

	/**
	 * Shows what the other editor saved beside what this one typed, and offers this input
	 * again against the new version: nothing is overwritten without being seen.
	 */
	private String conflict(EventConflictException ex, EventForm typed, EventChoices choices, Model model,
			HttpServletResponse response, Locale locale) {
		response.setStatus(HttpStatus.CONFLICT.value());
		EventForm resubmit = typed.atVersion(ex.saved().version());
		model.addAttribute("savedBy", ex.savedBy());
		model.addAttribute("savedAt", SAVED_AT.format(ex.savedAt()));
		model.addAttribute("differences", EventDifference.between(ex.saved(), typed, choices, this::placeName,
				(key) -> this.messages.getMessage(key, null, locale), locale));
		showForm(resubmit, ex.id(), choices, model);
		return "error/409";
	}

	/**
	 * An edit to a published event is held for review with its reason; readers keep
	 * seeing the published version until a reviewer accepts it.
	 */
	private String propose(long id, EventForm form, BindingResult bound, String reason, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletRequest request) {
		EventChoices choices = this.editing.choices();
		BindingResult binding = FormBinding.usable(form, bound, model, request);
		check(form, choices, binding);
		model.addAttribute("revision", true);
		if (!FormBinding.reasonGiven(reason, true, model) || binding.hasErrors()) {
			return showForm(form, id, choices, model);
		}
		try {
			this.revisions.propose(id, form, reason, principal.getName());
		}
		catch (RevisionRefusedException ex) {
			redirect.addFlashAttribute("alert", ex.getMessageKey());
			return "redirect:/events/" + id;
		}
		redirect.addFlashAttribute("notice", "editor.revision.proposed");
		return "redirect:/events/" + id;
	}

	private String refuse(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("alert", "editor.event.notEditable");
		return "redirect:/events/" + id;
	}

	private String showForm(EventForm form, Long id, EventChoices choices, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("eventId", id);
		model.addAttribute("choices", choices);
		PlaceOption chosen = (form.placeId() != null) ? this.places.find(form.placeId()).orElse(null) : null;
		List<PlaceOption> offered = new ArrayList<>(this.places.busiest(PLACES_WITHOUT_SEARCH));
		if (chosen != null && offered.stream().noneMatch((place) -> place.id() == chosen.id())) {
			offered.add(0, chosen);
		}
		model.addAttribute("chosenPlace", chosen);
		model.addAttribute("inlinePlace", InlinePlace.empty());
		model.addAttribute("placeKinds", PlaceKind.values());
		model.addAttribute("placePrecisions", LocationPrecision.values());
		model.addAttribute("placeChoices", offered);
		return "event/form";
	}

	private String placeName(Long id, Locale locale) {
		return (id != null) ? this.places.find(id).map((place) -> place.name().in(locale)).orElse("") : "";
	}

	private void check(EventForm form, EventChoices choices, BindingResult binding) {
		this.editing.check(form, choices, binding);
	}

}
