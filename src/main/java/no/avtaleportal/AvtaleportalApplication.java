package no.avtaleportal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Avtaleportal: NTNU and NHO follow up their collaboration agreement together.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AvtaleportalApplication {

	public static void main(String[] args) {
		SpringApplication.run(AvtaleportalApplication.class, args);
	}

}
