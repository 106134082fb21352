package io.faultline.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An outlet or speaker as an editor records it. */
public record SourceForm(@NotBlank @Size(max = 200) String name, @NotNull SourceKind kind, Long affiliatedActorId,
		@Size(max = 10) String language,
		@Size(max = 500) @Pattern(regexp = "^$|https?://\\S+", message = "{source.form.url}") String homeUrl,
		Integer version) {

	static SourceForm empty() {
		return new SourceForm("", SourceKind.INTERNATIONAL_MEDIA, null, "", "", 0);
	}

	/**
	 * The version the editor started from; a form posted without one started from
	 * nothing.
	 */
	int startedFrom() {
		return (this.version != null) ? this.version : -1;
	}

	static SourceForm of(Source source) {
		return new SourceForm(source.getName(), source.getKind(),
				(source.getAffiliatedActor() != null) ? source.getAffiliatedActor().getId() : null,
				(source.getLanguage() != null) ? source.getLanguage() : "",
				(source.getHomeUrl() != null) ? source.getHomeUrl() : "", source.getVersion());
	}

}
