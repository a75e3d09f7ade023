package eu.interreg.cooperationday.studio.brand;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bundled faces of one weight, in the order they are tried: the brand face (Latin, Greek,
 * Cyrillic) first, then the Noto faces for other scripts. Text is split into runs, each run drawn in
 * the first face that has all its glyphs, so mixed-script text never shows a missing-glyph box. Only
 * files from {@code brand-assets/fonts} are used, never the system's fonts.
 */
public final class FontChain {

	private final List<Face> faces;

	/** One bundled font file and the AWT font made from it (at size 1). */
	public record Face(Path file, Font font) {
	}

	/** A span of text and the face that draws it. */
	public record Run(int start, int end, Face face) {
	}

	private FontChain(List<Face> faces) {
		this.faces = List.copyOf(faces);
	}

	public static FontChain load(List<Path> files) {
		List<Face> faces = new ArrayList<>();
		for (Path file : files) {
			try (InputStream in = Files.newInputStream(file)) {
				faces.add(new Face(file, Font.createFont(Font.TRUETYPE_FONT, in)));
			}
			catch (IOException | FontFormatException ex) {
				throw new IllegalStateException("Cannot load the bundled font " + file, ex);
			}
		}
		if (faces.isEmpty()) {
			throw new IllegalStateException("A font chain needs at least one face");
		}
		return new FontChain(faces);
	}

	public Face primary() {
		return this.faces.get(0);
	}

	/** @return the first code point of {@code text} that no face can draw, or -1 when all can */
	public int firstMissing(String text) {
		List<Integer> missing = missing(text);
		return missing.isEmpty() ? -1 : missing.get(0);
	}

	/** The distinct code points of {@code text} that no face of the chain can draw, in order. */
	public List<Integer> missing(String text) {
		return text.codePoints()
			.filter((cp) -> !Character.isWhitespace(cp) && !Character.isISOControl(cp))
			.filter((cp) -> this.faces.stream().noneMatch((face) -> face.font().canDisplay(cp)))
			.distinct()
			.boxed()
			.toList();
	}

	/** {@code text} with each character no face can draw replaced by a question mark. */
	public String drawable(String text) {
		String drawable = text;
		for (int missing : missing(text)) {
			drawable = drawable.replace(new String(Character.toChars(missing)), "?");
		}
		return drawable;
	}

	/**
	 * Splits {@code text} into runs of one face. A character stays in the current run whenever that
	 * run's face has it (spaces, and digits in most faces), so a name is not chopped at every space;
	 * otherwise the first face of the chain that has it takes over.
	 */
	public List<Run> itemise(String text) {
		List<Run> runs = new ArrayList<>();
		int runStart = 0;
		Face current = null;
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			Face face = (current != null && current.font().canDisplay(cp)) ? current : faceFor(cp);
			if (current != null && face != current) {
				runs.add(new Run(runStart, i, current));
				runStart = i;
			}
			current = face;
			i += Character.charCount(cp);
		}
		if (current != null) {
			runs.add(new Run(runStart, text.length(), current));
		}
		return runs;
	}

	/** {@code text} with each run's font at {@code size}, ready for TextLayout and LineBreakMeasurer. */
	public AttributedString attributed(String text, float size) {
		AttributedString attributed = new AttributedString(text);
		for (Run run : itemise(text)) {
			attributed.addAttribute(TextAttribute.FONT, run.face().font().deriveFont(size), run.start(), run.end());
		}
		if (!text.isEmpty()) {
			attributed.addAttributes(Map.of(TextAttribute.KERNING, TextAttribute.KERNING_ON,
					TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON), 0, text.length());
		}
		return attributed;
	}

	private Face faceFor(int cp) {
		for (Face face : this.faces) {
			if (face.font().canDisplay(cp)) {
				return face;
			}
		}
		return this.faces.get(0);
	}

}
