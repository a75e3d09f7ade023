package eu.interreg.cooperationday.studio;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Cooperation Day Studio: programme requests in, posters (and later videos) out through S3 links. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class StudioApplication {

	public static void main(String[] args) {
		System.setProperty("java.awt.headless", "true");
		SpringApplication.run(StudioApplication.class, args);
	}

}
