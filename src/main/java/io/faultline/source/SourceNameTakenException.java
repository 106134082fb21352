package io.faultline.source;

class SourceNameTakenException extends RuntimeException {

	SourceNameTakenException(String name) {
		super("Source already recorded: " + name);
	}

}
