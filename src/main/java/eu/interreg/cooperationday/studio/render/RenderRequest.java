package eu.interreg.cooperationday.studio.render;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.programme.Event;
import eu.interreg.cooperationday.studio.programme.Programme;
import eu.interreg.cooperationday.studio.system.FileType;
import eu.interreg.cooperationday.studio.visibility.LogoMarks;

/**
 * A stored request: what the material says ({@code programme}), who is told when it is ready, where its
 * logo is kept, how far it got, which asset groups it asked for, and where it came from.
 */
public record RenderRequest(String id, Programme programme, String contactEmail, StoredLogo logo,
		RenderStatus status, String error, Instant createdAt, Instant updatedAt, Set<AssetGroup> assetGroups,
		Origin origin) {

	public RenderRequest {
		assetGroups = Set.copyOf(assetGroups);
	}

	/**
	 * The programme's logo as stored: the file as sent, the normalised one renders use, and what it
	 * carries of the EU emblem and statement.
	 */
	public record StoredLogo(FileType format, String key, String originalKey, LogoMarks marks) {
	}

	/**
	 * Where a request came from: a row ({@code code}) of a bulk render ({@code bulkId}), both null for a
	 * public one; {@code callbackUrl} (null when none) is told when it finishes.
	 */
	public record Origin(String bulkId, String code, URI callbackUrl) {
	}

	/**
	 * The files this request asked for, in the order of {@link AssetSpec#ALL}; a bilingual request gets
	 * one captions file per language in place of the one.
	 */
	public List<AssetSpec> wanted() {
		return AssetSpec.ALL.stream()
			.filter(this::wants)
			.flatMap((spec) -> (spec.maker() == AssetSpec.Maker.CAPTIONS && secondLanguage() != null)
					? Stream.of(spec.in(language()), spec.in(secondLanguage()))
					: Stream.of(spec))
			.toList();
	}

	/** Whether this request asked for the asset. */
	public boolean wants(AssetSpec spec) {
		return this.assetGroups.contains(spec.group());
	}

	public String programmeName() {
		return this.programme.name();
	}

	public Language language() {
		return this.programme.language();
	}

	public Language secondLanguage() {
		return this.programme.secondLanguage();
	}

	public String programmeNameSecond() {
		return this.programme.nameSecond();
	}

	public String nameInSecondLanguage() {
		return this.programme.nameInSecondLanguage();
	}

	public Event event() {
		return this.programme.event();
	}

	public String bulkId() {
		return this.origin.bulkId();
	}

	public URI callbackUrl() {
		return this.origin.callbackUrl();
	}

}
