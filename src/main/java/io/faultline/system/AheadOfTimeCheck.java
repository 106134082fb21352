package io.faultline.system;

import org.springframework.aot.AotDetector;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when a setting would be silently ignored. Started with
 * {@code -Dspring.aot.enabled=true}, the application uses the bean definitions written at
 * build time (process-aot in pom.xml): what a condition decided then holds, whatever the
 * settings say now. Of the documented settings only
 * {@code SPRING_THREADS_VIRTUAL_ENABLED} is such a condition (Spring Boot picks Tomcat's
 * executor by it); the build made them for platform threads.
 */
@Component
class AheadOfTimeCheck {

	private static final String VIRTUAL_THREADS = "spring.threads.virtual.enabled";

	AheadOfTimeCheck(Environment environment) {
		if (AotDetector.useGeneratedArtifacts() && environment.getProperty(VIRTUAL_THREADS, Boolean.class, false)) {
			throw new IllegalStateException("""
					%s=true (SPRING_THREADS_VIRTUAL_ENABLED) cannot apply when started with \
					-Dspring.aot.enabled=true: the ahead-of-time bean definitions were made at build time for \
					platform threads. Leave out one of the two.""".formatted(VIRTUAL_THREADS));
		}
	}

}
