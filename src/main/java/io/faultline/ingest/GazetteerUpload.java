package io.faultline.ingest;

import java.nio.file.Path;

import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded gazetteer or boundaries file.
 *
 * @param file the file as uploaded
 * @param dryRun check and count, write nothing
 */
record GazetteerUpload(MultipartFile file, Boolean dryRun) {

	/** The uploaded file's own name, without any folder, safe to create. */
	String fileName() {
		String original = (this.file.getOriginalFilename() != null) ? this.file.getOriginalFilename() : "";
		String name = Path.of(original.replace('\\', '/').replaceAll(".*/", "")).toString();
		name = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
		return (name.isBlank() || name.startsWith(".")) ? "upload" + name : name;
	}

}
