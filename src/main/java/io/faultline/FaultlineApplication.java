package io.faultline;

import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.core.SpringProperties;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FaultlineApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(FaultlineApplication.class);
		if (args.length > 0 && "import".equals(args[0])) {
			// An import from the command line (see ingest.FileImport): no web server,
			// exit when done. Spring's ahead-of-time bean definitions (process-aot in
			// pom.xml, used with -Dspring.aot.enabled=true) were made for the web
			// application, so an import ignores them.
			application.setWebApplicationType(WebApplicationType.NONE);
			SpringProperties.setProperty(AotDetector.AOT_ENABLED, "false");
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

}
