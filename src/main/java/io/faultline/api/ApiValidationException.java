package io.faultline.api;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A request whose fields or parameters are wrong: answered with problem details listing
 * each of them.
 */
class ApiValidationException extends RuntimeException {

	private final HttpStatus status;

	private final String detailKey;

	private final List<FieldProblem> errors;

	ApiValidationException(HttpStatus status, String detailKey, List<FieldProblem> errors) {
		super(errors.toString());
		this.status = status;
		this.detailKey = detailKey;
		this.errors = List.copyOf(errors);
	}

	HttpStatus status() {
		return this.status;
	}

	String detailKey() {
		return this.detailKey;
	}

	List<FieldProblem> errors() {
		return this.errors;
	}

}
