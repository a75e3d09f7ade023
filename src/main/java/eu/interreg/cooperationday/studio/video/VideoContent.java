package eu.interreg.cooperationday.studio.video;

import java.util.Map;

import eu.interreg.cooperationday.studio.brand.Art;
import eu.interreg.cooperationday.studio.template.TextBinding;

/**
 * What one video shows, already resolved: the texts for each binding (an absent event leaves its
 * bindings out), the art for each image source ({@code programme:logo}, {@code brand:mark},
 * {@code brand:eu-flag}, or a file of the template), and the direction of the language.
 */
public record VideoContent(Map<TextBinding, String> texts, Map<String, Art> art, boolean rightToLeft) {

	public VideoContent {
		texts = Map.copyOf(texts);
		art = Map.copyOf(art);
	}

	public boolean hasEvent() {
		return this.texts.keySet().stream().anyMatch(TextBinding::ofEvent);
	}

}
