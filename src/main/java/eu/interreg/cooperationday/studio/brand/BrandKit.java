package eu.interreg.cooperationday.studio.brand;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;

/**
 * The campaign identity as renderers need it: palette, faces per weight (each a chain of scripts),
 * localised strings, and where the poster templates and marks are. Loaded once; immutable.
 */
public record BrandKit(Path directory, Palette palette, FontChain regular, FontChain bold, LocalisedStrings strings) {

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
				LocalisedStrings.load(directory.resolve("i18n")));
	}

	private static FontChain chain(Path fonts, String weight) {
		return FontChain.load(SCRIPTS.stream().map((name) -> fonts.resolve(name + "-" + weight + ".ttf")).toList());
	}

	public Path posters() {
		return this.directory.resolve("posters");
	}

}
