package io.faultline.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Validator;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import io.faultline.event.EventEditService;
import io.faultline.event.EventForm;
import io.faultline.event.PossibleDuplicate;
import io.faultline.source.ClaimEditService;
import io.faultline.source.ClaimsForm;

/**
 * Draft events and claims sent to the API, checked by the rules of the event and claims
 * forms (their annotations, then the record) and saved all or nothing.
 */
@Service
class EventCreationService {

	private final EventEditService events;

	private final ClaimEditService claims;

	private final SpringValidatorAdapter validator;

	private final ApiChecks checks;

	EventCreationService(EventEditService events, ClaimEditService claims, Validator validator, ApiChecks checks) {
		this.events = events;
		this.claims = claims;
		this.validator = new SpringValidatorAdapter(validator);
		this.checks = checks;
	}

	/**
	 * A new draft by {@code username} with its claims; nothing is written when any field
	 * is wrong (422) or when the event may repeat one in the record and the caller did
	 * not confirm (409).
	 */
	@Transactional
	long create(EventCreation creation, String username) {
		EventForm form = creation.form();
		BeanPropertyBindingResult eventErrors = new BeanPropertyBindingResult(form, "event");
		this.validator.validate(form, eventErrors);
		this.events.check(form, eventErrors);
		List<FieldProblem> problems = new ArrayList<>(this.checks.problems(eventErrors));
		ClaimsForm claimsForm = creation.claimsForm();
		if (creation.hasClaims()) {
			BeanPropertyBindingResult claimErrors = new BeanPropertyBindingResult(claimsForm, "claims");
			this.claims.check(claimsForm, claimErrors);
			problems.addAll(this.checks.problems(claimErrors));
		}
		if (!problems.isEmpty()) {
			throw new ApiValidationException(HttpStatus.UNPROCESSABLE_CONTENT, "api.problem.invalid", problems);
		}
		if (!form.confirmDuplicate()) {
			List<PossibleDuplicate> duplicates = this.events.possibleDuplicates(form);
			if (!duplicates.isEmpty()) {
				throw new PossibleDuplicatesException(duplicates);
			}
		}
		long id = this.events.create(form, username);
		if (creation.hasClaims()) {
			this.claims.add(id, claimsForm);
		}
		return id;
	}

	/** One claim on an event that exists; returns its id. */
	@Transactional
	long addClaim(long eventId, ClaimsForm.ClaimRow claim) {
		ClaimsForm form = new ClaimsForm(java.util.Collections.singletonList(claim));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "claim");
		this.claims.check(form, errors);
		if (errors.hasErrors()) {
			throw new ApiValidationException(HttpStatus.UNPROCESSABLE_CONTENT, "api.problem.invalid",
					this.checks.problems(errors, "claims[0]."));
		}
		return this.claims.add(eventId, form).get(0);
	}

}
