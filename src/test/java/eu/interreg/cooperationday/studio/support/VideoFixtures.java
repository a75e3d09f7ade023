package eu.interreg.cooperationday.studio.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import eu.interreg.cooperationday.studio.brand.Art;
import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.brand.SvgArt;
import eu.interreg.cooperationday.studio.template.internal.TemplateLoader;
import eu.interreg.cooperationday.studio.template.TextBinding;
import eu.interreg.cooperationday.studio.template.VideoTemplate;
import eu.interreg.cooperationday.studio.video.VideoContent;

/** The shipped campaign template and content for it, for video tests. */
public final class VideoFixtures {

	private VideoFixtures() {
	}

	public static VideoTemplate campaign() {
		return new TemplateLoader(Path.of("video-templates", TemplateLoader.SCHEMA))
			.load(Path.of("video-templates", "campaign"));
	}

	public static VideoContent content(BrandKit brand, Language language, String name, boolean event)
			throws IOException {
		Map<TextBinding, String> texts = new EnumMap<>(TextBinding.class);
		texts.put(TextBinding.PROGRAMME_NAME, name);
		texts.put(TextBinding.CAMPAIGN_NAME, brand.strings().get(language, "campaign.name"));
		texts.put(TextBinding.CAMPAIGN_SLOGAN, brand.strings().get(language, "slogan"));
		texts.put(TextBinding.CAMPAIGN_COFUNDED, brand.strings().get(language, "cofunded"));
		if (event) {
			texts.put(TextBinding.EVENT_TITLE, "Open bridge day");
			texts.put(TextBinding.EVENT_DETAILS, "21 September 2026 · Frankfurt (Oder)");
		}
		Map<String, Art> art = new HashMap<>();
		art.put("programme:logo", SvgArt.load(Fixtures.svg())::paintFit);
		art.put("brand:mark", SvgArt.load(java.nio.file.Files.readAllBytes(Path.of("brand-assets/marks/cooperation-day-mark.svg")))::paintFit);
		art.put("brand:eu-flag", SvgArt.load(java.nio.file.Files.readAllBytes(Path.of("brand-assets/marks/eu-flag.svg")))::paintFit);
		// the fixture logo carries no emblem: the emblem and the statement stand beside it
		SvgArt emblem = SvgArt.load(java.nio.file.Files.readAllBytes(Path.of("brand-assets/marks/eu-emblem.svg")));
		art.put("brand:eu-emblem", emblem::paintFit);
		art.put("programme:eu-emblem", emblem::paintFit);
		texts.put(TextBinding.PROGRAMME_STATEMENT, brand.strings().get(language, "cofunded"));
		return new VideoContent(texts, art, language.rightToLeft());
	}

}
