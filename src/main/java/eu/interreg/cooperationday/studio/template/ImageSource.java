package eu.interreg.cooperationday.studio.template;

import java.nio.file.Path;

/**
 * Where an image layer's picture comes from, as a template names it: a mark of the brand kit
 * ({@code brand:mark}), the programme's logo ({@code programme:logo}), or a file of the template's folder.
 */
public sealed interface ImageSource {

	/** The name the template gives it, under which the renderer is handed its art. */
	String key();

	/** Whether it is the programme's own picture (never shared between programmes' videos). */
	boolean ofProgramme();

	/** Reads a template's {@code source}; {@code file} is the resolved file when it names one. */
	static ImageSource of(String source, Path file) {
		if (source.startsWith("brand:")) {
			return new BrandMark(source.substring("brand:".length()));
		}
		if (source.equals(ProgrammeLogo.KEY)) {
			return new ProgrammeLogo();
		}
		if (source.equals(EmblemBesideLogo.KEY)) {
			return new EmblemBesideLogo();
		}
		return new TemplateFile(source, file);
	}

	/** A mark of the campaign's brand kit, by name ({@code mark}, {@code eu-flag}). */
	record BrandMark(String name) implements ImageSource {

		@Override
		public String key() {
			return "brand:" + this.name;
		}

		@Override
		public boolean ofProgramme() {
			return false;
		}

	}

	/** The programme's logo. */
	record ProgrammeLogo() implements ImageSource {

		static final String KEY = "programme:logo";

		@Override
		public String key() {
			return KEY;
		}

		@Override
		public boolean ofProgramme() {
			return true;
		}

	}

	/**
	 * The EU emblem beside the programme's logo ({@code programme:eu-emblem}): drawn only when the logo does
	 * not carry the emblem itself, so it belongs to the programme's own scenes.
	 */
	record EmblemBesideLogo() implements ImageSource {

		static final String KEY = "programme:eu-emblem";

		@Override
		public String key() {
			return KEY;
		}

		@Override
		public boolean ofProgramme() {
			return true;
		}

	}

	/** A file of the template's own folder. */
	record TemplateFile(String name, Path file) implements ImageSource {

		@Override
		public String key() {
			return this.name;
		}

		@Override
		public boolean ofProgramme() {
			return false;
		}

	}

}
