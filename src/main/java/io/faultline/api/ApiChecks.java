package io.faultline.api;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Turns binding and validation errors into {@link FieldProblem}s, their messages in the
 * caller's language (Accept-Language, English by default) from the same bundles as the
 * forms.
 */
@Component
class ApiChecks {

	private final MessageSource messages;

	ApiChecks(MessageSource messages) {
		this.messages = messages;
	}

	List<FieldProblem> problems(Errors errors) {
		return problems(errors, "");
	}

	/**
	 * The errors' fields without {@code stripped} at their start ({@code claims[0].} for
	 * a single claim).
	 */
	List<FieldProblem> problems(Errors errors, String stripped) {
		Locale locale = LocaleContextHolder.getLocale();
		return errors.getAllErrors().stream().map((error) -> {
			String field = (error instanceof FieldError fieldError) ? fieldError.getField() : error.getObjectName();
			if (!stripped.isEmpty() && field.startsWith(stripped)) {
				field = field.substring(stripped.length());
			}
			return new FieldProblem(field, message(error, locale));
		}).toList();
	}

	String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	private String message(ObjectError error, Locale locale) {
		try {
			return this.messages.getMessage(error, locale);
		}
		catch (org.springframework.context.NoSuchMessageException ex) {
			return (error.getDefaultMessage() != null) ? error.getDefaultMessage() : error.getCode();
		}
	}

}
