package io.faultline.account;

/**
 * A token just created: {@code token} is the secret, shown to its owner once and never
 * stored.
 */
public record IssuedApiToken(ApiToken details, String token) {

}
