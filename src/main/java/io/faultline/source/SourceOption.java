package io.faultline.source;

/** A source as a choice in the claims form. */
record SourceOption(long id, String name) {

}
