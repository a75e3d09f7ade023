package eu.interreg.cooperationday.studio.competition.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The domains of disposable-mail services, refused for votes. The list is the npm package
 * {@code disposable-email-domains} (MIT, bundled: its {@code index.json} and {@code wildcard.json}); a
 * configured file replaces it and is read again when it changes, so a newer list needs no release. A
 * domain is refused when it, or a domain it is under, is listed.
 */
final class DisposableDomains {

	private static final Logger log = LoggerFactory.getLogger(DisposableDomains.class);

	static final String BUNDLED = "/competition/disposable-email-domains.txt.gz";

	private final Path file;

	private volatile Set<String> domains;

	private volatile FileTime read;

	/** @param file the configured list, or null for the bundled one */
	DisposableDomains(Path file) {
		this.file = file;
		if (file == null) {
			try (InputStream in = new GZIPInputStream(DisposableDomains.class.getResourceAsStream(BUNDLED))) {
				this.domains = parse(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			log.info("{} disposable-mail domains (bundled list)", this.domains.size());
		}
		else {
			reload();
		}
	}

	boolean listed(String domain) {
		reloadIfChanged();
		String d = domain.toLowerCase(Locale.ROOT);
		while (true) {
			if (this.domains.contains(d)) {
				return true;
			}
			int dot = d.indexOf('.');
			if (dot < 0 || d.indexOf('.', dot + 1) < 0) {
				return false;
			}
			d = d.substring(dot + 1);
		}
	}

	int size() {
		return this.domains.size();
	}

	private void reloadIfChanged() {
		if (this.file == null) {
			return;
		}
		try {
			if (!Files.getLastModifiedTime(this.file).equals(this.read)) {
				reload();
			}
		}
		catch (IOException ex) {
			log.warn("The disposable-mail list {} cannot be read ({}); the list read before stays", this.file, ex.getMessage());
		}
	}

	private synchronized void reload() {
		try {
			FileTime modified = Files.getLastModifiedTime(this.file);
			try (InputStream raw = Files.newInputStream(this.file);
					InputStream in = this.file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
				this.domains = parse(in);
			}
			this.read = modified;
			log.info("{} disposable-mail domains read from {}", this.domains.size(), this.file);
		}
		catch (IOException ex) {
			if (this.domains == null) {
				throw new UncheckedIOException("The disposable-mail list " + this.file + " cannot be read", ex);
			}
		}
	}

	/** One domain a line, or a JSON array of strings (the package's own files): quotes, commas and brackets are skipped. */
	static Set<String> parse(InputStream in) throws IOException {
		Set<String> domains = new HashSet<>();
		BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String line;
		while ((line = lines.readLine()) != null) {
			String d = line.strip().replaceAll("^[\\[\"]+|[\"\\],]+$", "").strip().toLowerCase(Locale.ROOT);
			if (d.startsWith("*.")) {
				d = d.substring(2);
			}
			if (!d.isEmpty() && !d.startsWith("#") && d.indexOf('.') > 0) {
				domains.add(d);
			}
		}
		return Set.copyOf(domains);
	}

}
