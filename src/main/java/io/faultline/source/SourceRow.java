package io.faultline.source;

record SourceRow(long id, String name, SourceKind kind, String affiliation, String language, String homeUrl,
		long claims) {

}
