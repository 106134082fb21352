package io.faultline.map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The map's answers to a malformed request: a problem document naming the parameter. */
final class MapProblems {

	private MapProblems() {
	}

	static ResponseEntity<ProblemDetail> badParameter(String name, String value) {
		String detail = (value != null)
				? "Parameter '%s' must be a date written YYYY-MM-DD, not '%s'.".formatted(name, value)
				: "Parameter '%s' is required: a date written YYYY-MM-DD.".formatted(name);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid date");
		problem.setProperty("parameter", name);
		return ResponseEntity.badRequest().body(problem);
	}

	static ResponseEntity<ProblemDetail> invalid(String name, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Parameter '%s' %s.".formatted(name, detail));
		problem.setTitle("Invalid parameter");
		problem.setProperty("parameter", name);
		return ResponseEntity.badRequest().body(problem);
	}

}
