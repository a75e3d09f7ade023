package eu.interreg.cooperationday.studio.brand;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;

import eu.interreg.cooperationday.studio.system.Sha256;

/**
 * The campaign identity as renderers need it: palette, faces per weight (each a chain of scripts),
 * localised strings, and where the poster templates and marks are. Loaded once; immutable.
 */
public record BrandKit(Path directory, Palette palette, FontChain regular, FontChain bold, LocalisedStrings strings,
		String digest) {

	/** The campaign colours: a deep EU blue, a warm accent, ink and paper. */
	public record Palette(Color blue, Color accent, Color ink, Color paper) {
	}

	public static final Palette PALETTE = new Palette(new Color(0x00, 0x33, 0x99), new Color(0xF5, 0x9E, 0x0B),
			new Color(0x0B, 0x1B, 0x4D), Color.WHITE);

	private static final List<String> SCRIPTS = List.of("NotoSans", "NotoSansArabic", "NotoSansHebrew",
			"NotoSansArmenian", "NotoSansGeorgian");

	public static BrandKit load(Path directory) {
		Path fonts = directory.resolve("fonts");
		return new BrandKit(directory, PALETTE, chain(fonts, "Regular"), chain(fonts, "Bold"),
				LocalisedStrings.load(directory.resolve("i18n")), digest(directory));
	}

	/** A hash of every file of the kit: renders made with another kit are other renders. */
	private static String digest(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			MessageDigest sha = Sha256.start();
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				sha.update(directory.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
				sha.update(Files.readAllBytes(file));
			}
			return Sha256.hex(sha);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the brand kit at " + directory, ex);
		}
	}

	/** The campaign's SVG marks: {@code cooperation-day-mark} and {@code eu-flag}. */
	public byte[] mark(String name) {
		try {
			return Files.readAllBytes(this.directory.resolve("marks").resolve(name + ".svg"));
		}
		catch (IOException ex) {
			throw new IllegalStateException("The brand kit has no mark " + name, ex);
		}
	}

	private static FontChain chain(Path fonts, String weight) {
		return FontChain.load(SCRIPTS.stream().map((name) -> fonts.resolve(name + "-" + weight + ".ttf")).toList());
	}

	public Path posters() {
		return this.directory.resolve("posters");
	}

}
