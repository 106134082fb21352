package io.faultline.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiEtagFilterTests {

	private final ApiEtagFilter filter = new ApiEtagFilter();

	@Test
	void theSameBodyGetsTheSameTagAndAnyChangedByteAnother() throws IOException {
		Random random = new Random(7);
		byte[] body = new byte[1_200_000];
		random.nextBytes(body);
		String tag = tag(body, true);
		assertThat(tag(body.clone(), true)).isEqualTo(tag);
		assertThat(tag).matches("W/\"[0-9a-f]+-[0-9a-f]+-[0-9a-f]+\"");
		assertThat(tag(body, false)).isEqualTo(tag.substring(2));

		Set<String> tags = new HashSet<>(Set.of(tag));
		for (int i = 0; i < 1_000; i++) {
			byte[] changed = body.clone();
			int at = random.nextInt(changed.length);
			changed[at] = (byte) (changed[at] ^ (1 + random.nextInt(255)));
			assertThat(tags.add(tag(changed, true))).as("a change at byte %d", at).isTrue();
		}
		assertThat(tags.add(tag(Arrays.copyOf(body, body.length - 1), true))).isTrue();
		assertThat(tags.add(tag(new byte[0], true))).isTrue();
	}

	private String tag(byte[] body, boolean weak) throws IOException {
		return this.filter.generateETagHeaderValue(new ByteArrayInputStream(body), weak);
	}

}
