package io.faultline.export;

import org.springframework.validation.Errors;

/** An export asked with filters that cannot be used; the errors say which and why. */
class ExportFilterException extends RuntimeException {

	private final transient Errors errors;

	ExportFilterException(Errors errors) {
		super("Invalid export filter: " + errors.getErrorCount() + " error(s)");
		this.errors = errors;
	}

	Errors errors() {
		return this.errors;
	}

}
