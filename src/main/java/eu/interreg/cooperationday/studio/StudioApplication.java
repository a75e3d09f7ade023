package eu.interreg.cooperationday.studio;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Cooperation Day Studio: programme requests in; posters, social images and videos out through stable
 * download links. Each package below this one is an application module (Spring Modulith); see
 * {@code docs/modules/} and the README's module map.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StudioApplication {

	public static void main(String[] args) {
		System.setProperty("java.awt.headless", "true");
		SpringApplication.run(StudioApplication.class, args);
	}

}
