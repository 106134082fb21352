package io.faultline.system;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Typed failures become real statuses with pages in the layout; stack traces never reach
 * a page.
 */
@ControllerAdvice
class ErrorPageAdvice {

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(RecordNotFoundException ex) {
		ModelAndView view = new ModelAndView("error/404");
		view.addObject("kindKey", ex.getKindKey());
		view.addObject("recordId", String.valueOf(ex.getId()));
		return view;
	}

	/**
	 * {@code /events/abc} names no record that could exist: 404. A malformed query
	 * parameter ({@code ?date=yesterday}) is a bad request: 400.
	 */
	@ExceptionHandler
	ModelAndView malformedArgument(MethodArgumentTypeMismatchException ex, HttpServletResponse response) {
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return new ModelAndView("error/404");
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		ModelAndView view = new ModelAndView("error/4xx");
		view.addObject("status", HttpStatus.BAD_REQUEST.value());
		return view;
	}

}
