package io.faultline.api;

/**
 * One invalid field or parameter of a request, in a problem's {@code errors}.
 *
 * @param field the field as it appears in the request ({@code claims[0].sourceId}), or
 * the query parameter
 */
public record FieldProblem(String field, String message) {

}
