package io.faultline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import io.faultline.actor.ActorKind;
import io.faultline.actor.RelationKind;
import io.faultline.control.ControlBasis;
import io.faultline.control.ControlStatus;
import io.faultline.event.ReviewStatus;
import io.faultline.event.Side;
import io.faultline.place.LocationPrecision;
import io.faultline.place.PlaceKind;
import io.faultline.source.Provenance;
import io.faultline.source.SourceKind;
import io.faultline.source.Stance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-visible string is in both languages, and templates only use keys that exist.
 */
class MessagesTests {

	private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	private static final Pattern TEXT_BETWEEN_TAGS = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");

	@Test
	void frenchHasEveryEnglishKeyAndNoOther() throws IOException {
		for (String bundle : bundles()) {
			assertThat(load(bundle + "_fr.properties").stringPropertyNames()).as(bundle)
				.containsExactlyInAnyOrderElementsOf(load(bundle + ".properties").stringPropertyNames());
		}
	}

	/**
	 * Messages always go through MessageFormat: a lone apostrophe would vanish or swallow
	 * an argument.
	 */
	@Test
	void writesEveryApostropheTwice() throws IOException {
		for (String file : files()) {
			Properties messages = load(file);
			assertThat(messages.stringPropertyNames())
				.allSatisfy((key) -> assertThat(messages.getProperty(key)).as("%s: %s", file, key)
					.doesNotContainPattern("(?<!')'(?!')"));
		}
	}

	@Test
	void templatesUseOnlyKnownKeys() throws IOException {
		Set<String> known = englishKeys();
		Set<String> unknown = new TreeSet<>();
		for (Resource template : templates()) {
			Matcher matcher = KEY_IN_TEMPLATE.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (matcher.find()) {
				if (!known.contains(matcher.group(1))) {
					unknown.add(template.getFilename() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(unknown).isEmpty();
	}

	@Test
	void everyEnumShownOnAPageHasALabel() throws IOException {
		Set<String> known = englishKeys();
		List<String> expected = new ArrayList<>();
		keys(expected, "status.", ReviewStatus.values());
		keys(expected, "stance.", Stance.values());
		keys(expected, "source.kind.", SourceKind.values());
		keys(expected, "claim.provenance.", Provenance.values());
		keys(expected, "place.type.", PlaceKind.values());
		keys(expected, "precision.", LocationPrecision.values());
		keys(expected, "actor.type.", ActorKind.values());
		keys(expected, "control.status.", ControlStatus.values());
		keys(expected, "control.basis.", ControlBasis.values());
		keys(expected, "event.side.", Side.values());
		keys(expected, "relation.OUTGOING.", RelationKind.values());
		keys(expected, "relation.INCOMING.", RelationKind.values());
		assertThat(known).containsAll(expected);
	}

	/**
	 * Text in a template is only a placeholder: an element holding words must take them
	 * from th:text.
	 */
	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> literal = new ArrayList<>();
		for (Resource template : templates()) {
			String html = template.getContentAsString(StandardCharsets.UTF_8)
				.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<head>.*?</head>", "");
			Matcher matcher = TEXT_BETWEEN_TAGS.matcher(html);
			while (matcher.find()) {
				String before = html.substring(html.lastIndexOf('<', matcher.start()), matcher.start() + 1);
				boolean placeholder = before.contains("th:text") || before.contains("th:errors")
						|| before.contains("th:replace") || before.contains("th:insert");
				if (!placeholder) {
					literal.add(template.getFilename() + ": " + matcher.group(1).strip());
				}
			}
		}
		assertThat(literal).isEmpty();
	}

	private static void keys(List<String> keys, String prefix, Enum<?>[] values) {
		for (Enum<?> value : values) {
			keys.add(prefix + value.name());
		}
	}

	private static Resource[] templates() throws IOException {
		return new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
	}

	/** The bundles named by {@code spring.messages.basename}. */
	private static List<String> bundles() throws IOException {
		String basenames = load("application.properties").getProperty("spring.messages.basename");
		return List.of(basenames.split("\\s*,\\s*"));
	}

	private static List<String> files() throws IOException {
		List<String> files = new ArrayList<>();
		for (String bundle : bundles()) {
			files.add(bundle + ".properties");
			files.add(bundle + "_fr.properties");
		}
		return files;
	}

	/** Every English key of every bundle. */
	private static Set<String> englishKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (String bundle : bundles()) {
			keys.addAll(load(bundle + ".properties").stringPropertyNames());
		}
		return keys;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream("/" + name)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
