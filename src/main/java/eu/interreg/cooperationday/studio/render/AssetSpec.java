package eu.interreg.cooperationday.studio.render;

import java.util.ArrayList;
import java.util.List;

import eu.interreg.cooperationday.studio.poster.PosterFormat;

/**
 * One file a request gets: its kind and format as the API names them, and how it is made. Every
 * request gets every spec in {@link #ALL}; one job partition renders one spec.
 */
public record AssetSpec(String kind, String format, PosterFormat poster, boolean thumbnail) {

	public static final List<AssetSpec> ALL = all();

	private static List<AssetSpec> all() {
		List<AssetSpec> specs = new ArrayList<>();
		for (PosterFormat poster : PosterFormat.values()) {
			specs.add(new AssetSpec(poster.kind(), poster.format(), poster, false));
		}
		for (PosterFormat poster : PosterFormat.values()) {
			specs.add(new AssetSpec("thumbnail", poster.format(), poster, true));
		}
		return List.copyOf(specs);
	}

	public static AssetSpec of(String kind, String format) {
		return ALL.stream()
			.filter((spec) -> spec.kind.equals(kind) && spec.format.equals(format))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No asset " + kind + "/" + format));
	}

	public String extension() {
		return this.thumbnail ? "png" : this.poster.output().extension();
	}

	public String contentType() {
		return this.thumbnail ? "image/png" : this.poster.output().contentType();
	}

	/** {@code renders/{requestId}/{kind}-{format}.{ext}} */
	public String objectKey(String requestId) {
		return "renders/" + requestId + "/" + this.kind + "-" + this.format + "." + extension();
	}

	/** The name a partition of the render job has for this spec. */
	public String partitionName() {
		return this.kind + "-" + this.format;
	}

}
