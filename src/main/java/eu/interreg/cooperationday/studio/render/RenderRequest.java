package eu.interreg.cooperationday.studio.render;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.programme.Event;
import eu.interreg.cooperationday.studio.system.FileType;

/**
 * A stored request: what a programme asked for (which asset groups too), where its logo is kept, how
 * far it got, and, for rows of a bulk render, which bulk and programme code it came from. Its share page
 * is {@code /p/{shareSlug}} while {@code sharePublished}; {@code shareKey} is the secret in the link that
 * lets its communicator unpublish it. {@code callbackUrl} (null when none) is told when it finishes.
 * {@code secondLanguage} (null when none) sets the material in a second language too, with
 * {@code programmeNameSecond} as the name in it (null: the one name in both).
 */
public record RenderRequest(String id, String programmeName, Language language, String contactEmail, Event event,
		FileType logoFormat, String logoKey, String logoOriginalKey, RenderStatus status, String error,
		Instant createdAt, Instant updatedAt, Set<AssetGroup> assetGroups, String bulkId, String code,
		URI callbackUrl, String shareSlug, String shareKey, boolean sharePublished, Language secondLanguage,
		String programmeNameSecond) {

	public RenderRequest {
		assetGroups = Set.copyOf(assetGroups);
	}

	/**
	 * The files this request asked for, in the order of {@link AssetSpec#ALL}; a bilingual request gets
	 * one captions file per language in place of the one.
	 */
	public List<AssetSpec> wanted() {
		return AssetSpec.ALL.stream()
			.filter(this::wants)
			.flatMap((spec) -> (spec.maker() == AssetSpec.Maker.CAPTIONS && this.secondLanguage != null)
					? java.util.stream.Stream.of(spec.in(this.language), spec.in(this.secondLanguage))
					: java.util.stream.Stream.of(spec))
			.toList();
	}

	/** The programme's name in the second language: its own, or the one name. */
	public String nameInSecondLanguage() {
		return this.programmeNameSecond != null ? this.programmeNameSecond : this.programmeName;
	}

	/** Whether its share page can be seen: the request is DONE and its page not unpublished. */
	public boolean shared() {
		return this.status == RenderStatus.DONE && this.sharePublished;
	}

	/** Whether this request asked for the asset. */
	public boolean wants(AssetSpec spec) {
		return this.assetGroups.contains(spec.group());
	}

}
