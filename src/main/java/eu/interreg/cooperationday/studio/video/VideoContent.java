package eu.interreg.cooperationday.studio.video;

import java.util.Map;

import eu.interreg.cooperationday.studio.brand.Art;

/**
 * What one video shows, already resolved: the texts for each binding ({@code programme.name},
 * {@code campaign.slogan}, ...; an absent event leaves its bindings out), the art for each image source
 * ({@code programme:logo}, {@code brand:mark}, {@code brand:eu-flag}), and the direction of the language.
 */
public record VideoContent(Map<String, String> texts, Map<String, Art> art, boolean rightToLeft) {

	public VideoContent {
		texts = Map.copyOf(texts);
		art = Map.copyOf(art);
	}

	public boolean hasEvent() {
		return this.texts.containsKey("event.title") || this.texts.containsKey("event.details");
	}

}
