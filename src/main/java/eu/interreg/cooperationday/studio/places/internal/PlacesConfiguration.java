package eu.interreg.cooperationday.studio.places.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import eu.interreg.cooperationday.studio.places.Gazetteer;

/** The bundled gazetteer as a bean, read on a background thread once the studio is up, not on a first request. */
@Configuration(proxyBeanMethods = false)
class PlacesConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PlacesConfiguration.class);

	@Bean
	Gazetteer gazetteer() {
		return Gazetteer.bundled();
	}

	@EventListener(ApplicationReadyEvent.class)
	void warm() {
		Thread reader = new Thread(() -> {
			long started = System.nanoTime();
			int countries = Gazetteer.bundled().countries().size();
			log.info("Gazetteer read: {} countries in {} ms", countries, (System.nanoTime() - started) / 1_000_000);
		}, "gazetteer-read");
		reader.setDaemon(true);
		reader.start();
	}

}
