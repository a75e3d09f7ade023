package eu.interreg.cooperationday.studio.render;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a programme can ask for: print posters, social images, the video (each with its extras). */
public enum AssetGroup {

	POSTERS, SOCIAL, VIDEO;

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Set<AssetGroup> all() {
		return EnumSet.allOf(AssetGroup.class);
	}

	/** "posters,video" -> {POSTERS, VIDEO}; unknown names are ignored, nothing means everything. */
	public static Set<AssetGroup> parse(String list) {
		if (list == null || list.isBlank()) {
			return all();
		}
		Set<AssetGroup> groups = Arrays.stream(list.split(","))
			.map((s) -> s.strip().toUpperCase(Locale.ROOT))
			.filter((s) -> Arrays.stream(values()).anyMatch((g) -> g.name().equals(s)))
			.map(AssetGroup::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(AssetGroup.class)));
		return groups.isEmpty() ? all() : groups;
	}

	public static String format(Set<AssetGroup> groups) {
		return groups.stream().sorted().map(AssetGroup::id).collect(Collectors.joining(","));
	}

}
