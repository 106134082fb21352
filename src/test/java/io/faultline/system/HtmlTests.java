package io.faultline.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTests {

	@Test
	void escapesTheFiveCharactersOfMarkupAndNothingElse() {
		assertThat(Html.text("<a href=\"x\">Tom & Jerry's</a>"))
			.isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
		assertThat(Html.text("Anéfis · 3 mai – Ménaka…")).isEqualTo("Anéfis · 3 mai – Ménaka…");
		assertThat(Html.text("")).isEmpty();
		assertThat(Html.text(null)).isEmpty();
	}

	@Test
	void givesBackTextWithNothingToEscapeAsItIs() {
		String text = "Ambush near Tessalit";
		assertThat(Html.text(text)).isSameAs(text);
	}

	@Test
	void agreesWithSpringsEscapingInUtf8() {
		char[] alphabet = "aé·–<>&\"' \t\n\u2026\uD83D\uDE00;#".toCharArray();
		Random random = new Random(42);
		List<String> texts = new ArrayList<>();
		for (int n = 0; n < 5_000; n++) {
			char[] text = new char[random.nextInt(12)];
			for (int i = 0; i < text.length; i++) {
				text[i] = alphabet[random.nextInt(alphabet.length)];
			}
			texts.add(new String(text));
		}
		assertThat(texts)
			.allSatisfy((text) -> assertThat(Html.text(text)).isEqualTo(HtmlUtils.htmlEscape(text, "UTF-8")));
	}

}
