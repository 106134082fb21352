package io.faultline.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;

import io.faultline.system.PageView;

/** Offset pages of the API: {@code page} from 0, {@code size} up to a maximum. */
final class ApiPaging {

	private ApiPaging() {
	}

	static void check(int page, int size, int maxSize, ApiChecks checks) {
		List<FieldProblem> problems = new ArrayList<>();
		if (page < 0) {
			problems.add(new FieldProblem("page", checks.message("api.problem.page")));
		}
		if (size < 1 || size > maxSize) {
			problems.add(new FieldProblem("size", checks.message("api.problem.size", maxSize)));
		}
		if (!problems.isEmpty()) {
			throw new ApiValidationException(HttpStatus.BAD_REQUEST, "api.problem.filter", problems);
		}
	}

	static <T> ApiPage<T> page(PageView<T> found, HttpServletRequest request) {
		String next = found.hasNext()
				? ApiLinks.current(request).replaceQueryParam("page", found.page() + 1).build().toUriString() : null;
		return new ApiPage<>(found.items(), found.page(), found.size(), found.total(), next);
	}

}
