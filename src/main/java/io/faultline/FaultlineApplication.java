package io.faultline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FaultlineApplication {

	public static void main(String[] args) {
		SpringApplication.run(FaultlineApplication.class, args);
	}

}
