package io.faultline.map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The map's answers to a malformed request: a problem document naming the parameter. */
final class MapProblems {

	private MapProblems() {
	}

	static ResponseEntity<ProblemDetail> badParameter(String name, String value) {
		String detail = (value != null) ? "must be a date written YYYY-MM-DD, not '%s'".formatted(value)
				: "is required: a date written YYYY-MM-DD";
		return problem("Invalid date", name, detail);
	}

	static ResponseEntity<ProblemDetail> invalid(String name, String detail) {
		return problem("Invalid parameter", name, detail);
	}

	private static ResponseEntity<ProblemDetail> problem(String title, String name, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Parameter '%s' %s.".formatted(name, detail));
		problem.setTitle(title);
		problem.setProperty("parameter", name);
		return ResponseEntity.badRequest().body(problem);
	}

}
