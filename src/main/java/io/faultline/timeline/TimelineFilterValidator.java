package io.faultline.timeline;

import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;

/**
 * Every check of a {@link TimelineFilter} (it carries no constraint annotations, see
 * there): fatalities not negative, a known order, a date range the right way round, codes
 * and ids that exist, and a review status other than published for editors only. Error
 * codes are resolved under the {@code timeline.} prefix; the first two keep bean
 * validation's codes ({@code PositiveOrZero}, {@code Pattern}).
 */
class TimelineFilterValidator implements Validator {

	private final TimelineChoices choices;

	private final boolean editor;

	/**
	 * @param choices the codes and ids that exist
	 * @param editor whether the reader may ask for a review status other than published
	 */
	TimelineFilterValidator(TimelineChoices choices, boolean editor) {
		this.choices = choices;
		this.editor = editor;
	}

	@Override
	public boolean supports(Class<?> type) {
		return TimelineFilter.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		TimelineFilter filter = (TimelineFilter) target;
		if (filter.minFatalities() != null && filter.minFatalities() < 0) {
			reject(errors, "minFatalities", filter.minFatalities(), "PositiveOrZero");
		}
		if (!filter.orderKnown()) {
			reject(errors, "order", filter.order(), "Pattern");
		}
		if (!filter.rangeOrdered()) {
			reject(errors, "to", filter.to(), "beforeFrom");
		}
		if (filter.hasRegion() && !this.choices.hasRegion(filter.region())) {
			reject(errors, "region", filter.region(), "unknown");
		}
		if (filter.hasType() && !this.choices.hasType(filter.type())) {
			reject(errors, "type", filter.type(), "unknown");
		}
		if (filter.hasSubtype() && !this.choices.hasSubtype(filter.subtype())) {
			reject(errors, "subtype", filter.subtype(), "unknown");
		}
		else if (filter.hasSubtype() && filter.hasType() && this.choices.hasType(filter.type())
				&& !this.choices.subtypeOf(filter.subtype(), filter.type())) {
			reject(errors, "subtype", filter.subtype(), "otherType");
		}
		if (filter.place() != null && !this.choices.hasPlace(filter.place())) {
			reject(errors, "place", filter.place(), "unknown");
		}
		if (filter.actor() != null && !this.choices.hasActor(filter.actor())) {
			reject(errors, "actor", filter.actor(), "unknown");
		}
		if (filter.status() != null && !this.editor) {
			reject(errors, "status", filter.status(), "forbidden");
		}
	}

	/**
	 * Rejects a field without reading it back from the target, which is missing when
	 * another parameter could not be converted.
	 */
	private static void reject(Errors errors, String field, Object value, String code) {
		if (errors instanceof BindingResult result) {
			result.addError(new FieldError(result.getObjectName(), field, value, false,
					result.resolveMessageCodes(code, field), null, null));
		}
		else {
			errors.rejectValue(field, code);
		}
	}

}
