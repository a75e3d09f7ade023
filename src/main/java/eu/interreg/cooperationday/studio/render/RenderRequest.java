package eu.interreg.cooperationday.studio.render;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.programme.Event;
import eu.interreg.cooperationday.studio.system.FileType;

/**
 * A stored request: what a programme asked for (which asset groups too), where its logo is kept, how
 * far it got, and, for rows of a bulk render, which bulk and programme code it came from.
 */
public record RenderRequest(String id, String programmeName, Language language, String contactEmail, Event event,
		FileType logoFormat, String logoKey, String logoOriginalKey, RenderStatus status, String error,
		Instant createdAt, Instant updatedAt, Set<AssetGroup> assetGroups, String bulkId, String code) {

	public RenderRequest {
		assetGroups = Set.copyOf(assetGroups);
	}

	/** The files this request asked for, in the order of {@link AssetSpec#ALL}. */
	public List<AssetSpec> wanted() {
		return AssetSpec.ALL.stream().filter(this::wants).toList();
	}

	/** Whether this request asked for the asset. */
	public boolean wants(AssetSpec spec) {
		return this.assetGroups.contains(spec.group());
	}

}
