package eu.interreg.cooperationday.studio.bulk.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import eu.interreg.cooperationday.studio.programme.BulkImport;
import eu.interreg.cooperationday.studio.programme.LogoArchive;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.bulk.BulkRenders;

/**
 * The bulk render from the command line: {@code --bulk-programmes=programmes.csv --bulk-logos=logos.zip}
 * runs the same import and job as the staff console, prints progress and the rejected rows, and stops
 * the application when every request has finished (exit code 0 when all are DONE).
 */
@Component
class BulkCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BulkCommand.class);

	private final BulkImport bulkImport;

	private final BulkRenders bulks;

	private final ConfigurableApplicationContext context;

	BulkCommand(BulkImport bulkImport, BulkRenders bulks, ConfigurableApplicationContext context) {
		this.bulkImport = bulkImport;
		this.bulks = bulks;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (!args.containsOption("bulk-programmes") && !args.containsOption("bulk-logos")) {
			return;
		}
		Path csv = Path.of(args.getOptionValues("bulk-programmes").get(0));
		Path zip = Path.of(args.getOptionValues("bulk-logos").get(0));
		int exit;
		try (InputStream logos = Files.newInputStream(zip)) {
			BulkImport.Result result = this.bulkImport.read(Files.readAllBytes(csv), LogoArchive.read(logos));
			result.rejected().forEach((r) -> log.warn("Row {} ({}) rejected: {}", r.row(), r.code(), r.reason()));
			String id = this.bulks.start(result, "command-line");
			BulkRenders.Status status = this.bulks.status(id).orElseThrow();
			while (status.status().equals("RENDERING")) {
				Thread.sleep(Duration.ofSeconds(2).toMillis());
				status = this.bulks.status(id).orElseThrow();
				log.info("Bulk render {}: {} done, {} failed, {} rendering of {}", id, status.done(), status.failed(),
						status.rendering(), status.total());
			}
			log.info("Bulk render {} finished: {} done, {} failed, {} rows rejected", id, status.done(), status.failed(),
					status.rejected().size());
			exit = status.failed() == 0 ? 0 : 1;
		}
		catch (RequestRefusedException ex) {
			log.error("The bulk render was refused: {}", ex.getMessage());
			exit = 2;
		}
		int code = exit;
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

}
