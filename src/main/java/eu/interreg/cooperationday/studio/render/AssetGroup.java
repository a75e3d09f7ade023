package eu.interreg.cooperationday.studio.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;

/**
 * What a programme can ask for: print posters, social images, the video (each with its extras).
 * {@link #DESCRIBED} is not asked for at a door: a request for the video gets it when the studio's voice
 * speaks its language(s), and keeps it in its stored groups.
 */
public enum AssetGroup {

	POSTERS, SOCIAL, VIDEO,

	/** The audio-described video and its descriptions. */
	DESCRIBED;

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Set<AssetGroup> all() {
		return EnumSet.allOf(AssetGroup.class);
	}

	/**
	 * The groups named (each name may itself be a comma-separated list); none named means everything.
	 * @throws IllegalArgumentException naming what is not a group
	 */
	public static Set<AssetGroup> named(List<String> names) {
		Set<AssetGroup> groups = EnumSet.noneOf(AssetGroup.class);
		List<String> unknown = new ArrayList<>();
		for (String name : names == null ? List.<String>of() : names) {
			for (String part : name.split(",")) {
				String id = part.strip().toUpperCase(Locale.ROOT);
				if (id.isEmpty()) {
					continue;
				}
				Arrays.stream(values()).filter((g) -> g.name().equals(id)).findFirst()
					.ifPresentOrElse(groups::add, () -> unknown.add(part.strip()));
			}
		}
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("Unknown material: " + String.join(", ", unknown)
					+ ". Choose from posters, social and video.");
		}
		return groups.isEmpty() ? all() : groups;
	}

	/**
	 * The material asked for at a door; a name that is not a group, or an empty entry ({@code assets=,}),
	 * is refused like any other bad field. Not sending {@code assets} at all asks for everything.
	 */
	public static Set<AssetGroup> parse(List<String> names) {
		if (names != null && !names.isEmpty()
				&& names.stream().anyMatch((name) -> name == null || Arrays.stream(name.split(",", -1)).anyMatch(String::isBlank))) {
			throw RequestRefusedException.field(Refusal.Kind.INVALID, "assets",
					"An entry of assets is empty. Choose from posters, social and video, separated by commas, or leave assets out for all.");
		}
		try {
			return named(names);
		}
		catch (IllegalArgumentException ex) {
			throw RequestRefusedException.field(Refusal.Kind.INVALID, "assets", ex.getMessage());
		}
	}

	public static String format(Set<AssetGroup> groups) {
		return groups.stream().sorted().map(AssetGroup::id).collect(Collectors.joining(","));
	}

}
