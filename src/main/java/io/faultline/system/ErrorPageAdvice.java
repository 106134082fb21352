package io.faultline.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

	/** {@code /events/abc}: no such record can exist. */
	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView malformedId(MethodArgumentTypeMismatchException ex) {
		return new ModelAndView("error/404");
	}

}
