package eu.interreg.cooperationday.studio.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import eu.interreg.cooperationday.studio.programme.Refusal;
import eu.interreg.cooperationday.studio.programme.RequestRefusedException;

/** What a programme can ask for: print posters, social images, the video (each with its extras). */
public enum AssetGroup {

	POSTERS, SOCIAL, VIDEO;

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

	/** The material asked for at a door; a name that is not a group is refused like any other bad field. */
	public static Set<AssetGroup> parse(List<String> names) {
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
