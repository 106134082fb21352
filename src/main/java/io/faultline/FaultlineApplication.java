package io.faultline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FaultlineApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(FaultlineApplication.class);
		if (args.length > 0 && "import".equals(args[0])) {
			// An import from the command line (see ingest.FileImport): no web server,
			// exit when done.
			application.setWebApplicationType(WebApplicationType.NONE);
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

}
