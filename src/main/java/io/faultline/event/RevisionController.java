package io.faultline.event;

import java.security.Principal;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.faultline.place.PlaceLookup;
import io.faultline.system.ChangeReason;

/**
 * Reviewers compare an edit to a published event with what is published, and accept or
 * reject it.
 */
@Controller
class RevisionController {

	private final EventRevisionService revisions;

	private final EventEditService editing;

	private final PlaceLookup places;

	private final MessageSource messages;

	private final EventMergeService merges;

	RevisionController(EventRevisionService revisions, EventEditService editing, PlaceLookup places,
			MessageSource messages, EventMergeService merges) {
		this.merges = merges;
		this.revisions = revisions;
		this.editing = editing;
		this.places = places;
		this.messages = messages;
	}

	@GetMapping("/review/revisions/{id}")
	String show(@PathVariable long id, Model model, Locale locale, RedirectAttributes redirect) {
		PendingRevision revision;
		try {
			revision = this.revisions.open(id);
		}
		catch (RevisionRefusedException ex) {
			redirect.addFlashAttribute("alert", ex.getMessageKey());
			return "redirect:/review";
		}
		EventForm published = this.editing.formForRevision(revision.eventId());
		EventForm proposed = this.revisions.proposed(id);
		model.addAttribute("revision", revision);
		model.addAttribute("differences", EventDifference.between(published, proposed, this.editing.choices(),
				this::placeName, (key) -> this.messages.getMessage(key, null, locale), locale));
		return "event/revision";
	}

	@PostMapping("/review/revisions/{id}/accept")
	String accept(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		try {
			PendingRevision revision = this.revisions.open(id);
			long eventId = ChangeReason.during("REVISION: " + revision.reason(),
					() -> this.revisions.accept(id, principal.getName()));
			redirect.addFlashAttribute("notice", "editor.revision.accepted");
			return "redirect:/events/" + eventId;
		}
		catch (RevisionRefusedException ex) {
			redirect.addFlashAttribute("alert", ex.getMessageKey());
			return "redirect:/review/revisions/" + id;
		}
	}

	@PostMapping("/review/revisions/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) String note, Principal principal,
			RedirectAttributes redirect) {
		try {
			long eventId = this.revisions.reject(id, principal.getName(), note);
			redirect.addFlashAttribute("notice", "editor.revision.rejected");
			return "redirect:/events/" + eventId;
		}
		catch (RevisionRefusedException ex) {
			redirect.addFlashAttribute("alert", ex.getMessageKey());
			return "redirect:/review/revisions/" + id;
		}
	}

	/**
	 * Merges this event into the one named by {@code into}; the merged-away event then
	 * redirects there.
	 */
	@PostMapping("/review/events/{id}/merge")
	String merge(@PathVariable long id, @RequestParam(required = false) Long into, RedirectAttributes redirect) {
		if (into == null) {
			redirect.addFlashAttribute("alert", "editor.merge.noSurvivor");
			return "redirect:/events/" + id;
		}
		try {
			ChangeReason.during("MERGE: event " + id + " into " + into, () -> this.merges.merge(id, into));
		}
		catch (RevisionRefusedException ex) {
			redirect.addFlashAttribute("alert", ex.getMessageKey());
			return "redirect:/events/" + id;
		}
		redirect.addFlashAttribute("notice", "editor.merge.done");
		return "redirect:/events/" + into;
	}

	private String placeName(Long placeId, Locale locale) {
		return (placeId != null) ? this.places.find(placeId).map((place) -> place.name().in(locale)).orElse("") : "";
	}

}
