package io.faultline.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** What the editing forms share about binding requests to their records. */
public final class FormBinding {

	private FormBinding() {
	}

	/**
	 * A value that cannot be converted ("ten" for a number) leaves the record's binder
	 * without a target, so the checks a controller adds afterwards ({@code rejectValue})
	 * would fail: the errors move onto the form built from the rest, with the text as
	 * typed, and that result replaces the binder's in the model.
	 */
	public static BindingResult usable(Object form, BindingResult binding, Model model, HttpServletRequest request) {
		boolean failedConversion = binding.getFieldErrors().stream().anyMatch(FieldError::isBindingFailure);
		if (binding.getTarget() != null && !failedConversion) {
			return binding;
		}
		BeanPropertyBindingResult usable = new BeanPropertyBindingResult(form, binding.getObjectName());
		for (ObjectError error : binding.getAllErrors()) {
			if (error instanceof FieldError field && field.isBindingFailure()) {
				usable.addError(
						new FieldError(field.getObjectName(), field.getField(), request.getParameter(field.getField()),
								true, field.getCodes(), field.getArguments(), field.getDefaultMessage()));
			}
			else {
				usable.addError(error);
			}
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + binding.getObjectName(), usable);
		return usable;
	}

	/**
	 * The reason a change to a record readers see needs (fragments/reason.html): kept on
	 * the form as typed, and marked missing when {@code needed} and blank.
	 * @return whether the change may go ahead as far as its reason goes
	 */
	public static boolean reasonGiven(String reason, boolean needed, Model model) {
		model.addAttribute("reason", reason);
		if (needed && !ChangeReason.given(reason)) {
			model.addAttribute("reasonMissing", true);
			return false;
		}
		return true;
	}

}
