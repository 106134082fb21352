package io.faultline.system;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Requests served on virtual threads by default on Java 24 and later
 * ({@code spring.threads.virtual.enabled}), where a virtual thread waiting inside a
 * {@code synchronized} block no longer holds its carrier (JEP 491); platform threads on
 * Java 21 to 23. The default sits below every other source of configuration, so
 * {@code SPRING_THREADS_VIRTUAL_ENABLED} still decides either way. On this project's
 * 2-core machines, virtual threads cut the JVM's CPU time a request by a quarter to two
 * thirds (BENCHMARKS.md, seventeenth run): a request no longer passes between operating
 * system threads, each hand-over a context switch the virtual machine pays dearly for.
 */
class VirtualThreadsDefault implements EnvironmentPostProcessor {

	static final String PROPERTY = "spring.threads.virtual.enabled";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources()
			.addLast(new MapPropertySource("faultlineDefaults", Map.of(PROPERTY, Runtime.version().feature() >= 24)));
	}

}
