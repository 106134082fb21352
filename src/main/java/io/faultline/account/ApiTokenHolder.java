package io.faultline.account;

/**
 * Who a valid API token speaks for: its owner, with the owner's role as it is now.
 *
 * @param tokenId the token's id
 */
public record ApiTokenHolder(long tokenId, String username, Role role) {

}
