package io.faultline.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;

import io.faultline.event.PossibleDuplicate;
import io.faultline.system.RecordNotFoundException;

/**
 * Every error of the API as RFC 9457 problem details ({@code application/problem+json}):
 * 400 for parameters that cannot be read or are out of range, naming them; 404 for
 * records that do not exist or may not be seen; 409 for possible duplicates and
 * conflicting versions; 422 for invalid fields. Wrong fields are listed in {@code errors}
 * as {@code {field, message}}. Comes before the pages' error advice.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	static final String TYPE_BASE = "urn:faultline:problem:";

	private final ApiChecks checks;

	ApiProblems(ApiChecks checks) {
		this.checks = checks;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(RecordNotFoundException ex) {
		String kind = this.checks.message(ex.getKindKey());
		return problem(HttpStatus.NOT_FOUND, "not-found",
				this.checks.message("api.problem.notFound", kind, String.valueOf(ex.getId())), Map.of());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> noEndpoint(ApiFallbackController.NoEndpointException ex) {
		return problem(HttpStatus.NOT_FOUND, "no-endpoint",
				this.checks.message("api.problem.noEndpoint", ex.getMessage()), Map.of());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(ApiValidationException ex) {
		return problem(ex.status(), (ex.status() == HttpStatus.BAD_REQUEST) ? "invalid-parameters" : "invalid-fields",
				this.checks.message(ex.detailKey(), ex.errors().size()), Map.of("errors", ex.errors()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> duplicates(PossibleDuplicatesException ex) {
		List<Map<String, Object>> duplicates = ex.duplicates().stream().map(ApiProblems::duplicate).toList();
		return problem(HttpStatus.CONFLICT, "possible-duplicates", this.checks.message("api.problem.duplicates"),
				Map.of("duplicates", duplicates));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> conflict(ObjectOptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "version-conflict", this.checks.message("api.problem.conflict"), Map.of());
	}

	/** {@code ?date=yesterday}: 400 naming the parameter; {@code /events/abc}: 404. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException argument) ? argument.getName()
				: ex.getPropertyName();
		if (ex instanceof MethodArgumentTypeMismatchException argument && argument.getParameter()
			.hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
			return cast(problem(HttpStatus.NOT_FOUND, "not-found",
					this.checks.message("api.problem.notFound", name, String.valueOf(ex.getValue())), Map.of()));
		}
		String expected = expected(ex.getRequiredType());
		String message = this.checks.message("api.problem.parameter", name, String.valueOf(ex.getValue()), expected);
		return cast(problem(HttpStatus.BAD_REQUEST, "invalid-parameters", message,
				Map.of("errors", List.of(new FieldProblem(name, message)))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String message = this.checks.message("api.problem.missing", ex.getParameterName());
		return cast(problem(HttpStatus.BAD_REQUEST, "invalid-parameters", message,
				Map.of("errors", List.of(new FieldProblem(ex.getParameterName(), message)))));
	}

	/** A body that is not JSON, or a field of the wrong type: names the field. */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = null;
		JacksonException json = null;
		for (Throwable cause = ex.getCause(); cause != null && json == null; cause = cause.getCause()) {
			json = (cause instanceof JacksonException found) ? found : null;
		}
		if (json != null && !json.getPath().isEmpty()) {
			StringBuilder path = new StringBuilder();
			for (JacksonException.Reference reference : json.getPath()) {
				if (reference.getPropertyName() != null) {
					path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
				}
				else if (reference.getIndex() >= 0) {
					path.append('[').append(reference.getIndex()).append(']');
				}
			}
			field = path.toString();
		}
		String message = (field != null) ? this.checks.message("api.problem.body.field", field)
				: this.checks.message("api.problem.body");
		return cast(problem(HttpStatus.BAD_REQUEST, "unreadable-body", message,
				(field != null) ? Map.of("errors", List.of(new FieldProblem(field, message))) : Map.of()));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = this.checks.problems(ex.getBindingResult());
		return cast(problem(HttpStatus.BAD_REQUEST, "invalid-parameters",
				this.checks.message("api.problem.filter", errors.size()), Map.of("errors", errors)));
	}

	private static Map<String, Object> duplicate(PossibleDuplicate duplicate) {
		return Map.of("id", duplicate.id(), "eventDate", duplicate.eventDate().toString(), "title", duplicate.title(),
				"reviewStatus", duplicate.reviewStatus().name(), "km", duplicate.km(), "url",
				"/api/v1/events/" + duplicate.id());
	}

	private String expected(Class<?> type) {
		if (type == null) {
			return this.checks.message("api.problem.expected.other");
		}
		if (type.getName().startsWith("java.time")) {
			return this.checks.message("api.problem.expected.date");
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return this.checks.message("api.problem.expected.number");
		}
		if (type.isEnum()) {
			return this.checks.message("api.problem.expected.choice", List.of(type.getEnumConstants()).toString());
		}
		return this.checks.message("api.problem.expected.other");
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String type, String detail,
			Map<String, Object> properties) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		properties.forEach(problem::setProperty);
		return ResponseEntity.status(status).body(problem);
	}

	@SuppressWarnings("unchecked")
	private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> entity) {
		return (ResponseEntity<Object>) (ResponseEntity<?>) entity;
	}

}
