package io.faultline.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other path under /api: a 404 problem like the API's other errors, rather than the
 * pages' error answer.
 */
@RestController
@Hidden
class ApiFallbackController {

	@RequestMapping(path = "/api/**", method = { RequestMethod.GET, RequestMethod.POST })
	void none(HttpServletRequest request) {
		throw new NoEndpointException(request.getRequestURI());
	}

	/** No endpoint answers at this path. */
	static class NoEndpointException extends RuntimeException {

		NoEndpointException(String path) {
			super(path);
		}

	}

}
