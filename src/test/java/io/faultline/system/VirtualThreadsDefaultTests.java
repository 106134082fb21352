package io.faultline.system;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class VirtualThreadsDefaultTests {

	@Test
	void servesOnVirtualThreadsFromJava24() {
		StandardEnvironment environment = new StandardEnvironment();
		new VirtualThreadsDefault().postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty(VirtualThreadsDefault.PROPERTY, Boolean.class))
			.isEqualTo(Runtime.version().feature() >= 24);
	}

	@Test
	void leavesTheChoiceToAnySettingOfTheUsers() {
		for (String chosen : new String[] { "true", "false" }) {
			StandardEnvironment environment = new StandardEnvironment();
			environment.getPropertySources()
				.addFirst(new MapPropertySource("user", Map.of(VirtualThreadsDefault.PROPERTY, chosen)));
			new VirtualThreadsDefault().postProcessEnvironment(environment, new SpringApplication());
			assertThat(environment.getProperty(VirtualThreadsDefault.PROPERTY)).isEqualTo(chosen);
		}
	}

}
