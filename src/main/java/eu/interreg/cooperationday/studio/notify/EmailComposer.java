package eu.interreg.cooperationday.studio.notify;

import java.util.List;
import java.util.Locale;

import eu.interreg.cooperationday.studio.brand.LocalisedStrings;
import eu.interreg.cooperationday.studio.programme.Language;
import eu.interreg.cooperationday.studio.render.Asset;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.system.PublicUrls;

/**
 * Writes the "your material is ready" email: in the request's language where the brand kit has the
 * email strings, else in English, with one stable {@code /d/{token}} link per file.
 */
class EmailComposer {

	private final LocalisedStrings strings;

	private final PublicUrls urls;

	EmailComposer(LocalisedStrings strings, PublicUrls urls) {
		this.strings = strings;
		this.urls = urls;
	}

	record Message(String subject, String text) {
	}

	Message ready(RenderRequest request, List<Asset> assets) {
		Language language = this.strings.has(request.language(), "email.subject") ? request.language() : Language.EN;
		String name = oneLine(request.programmeName());
		String subject = this.strings.get(language, "email.subject").replace("{0}", name);
		StringBuilder text = new StringBuilder();
		text.append(this.strings.get(language, "email.greeting")).append("\n\n");
		text.append(this.strings.get(language, "email.intro").replace("{0}", name)).append("\n\n");
		for (Asset asset : assets) {
			text.append("- ")
				.append(asset.kind())
				.append(" ")
				.append(asset.format())
				.append(" (")
				.append(describe(asset))
				.append("): ")
				.append(this.urls.download(asset.downloadToken()))
				.append("\n");
		}
		text.append("\n").append(this.strings.get(language, "email.closing")).append("\n");
		return new Message(oneLine(subject), text.toString());
	}

	private static String describe(Asset asset) {
		String type = asset.contentType().endsWith("pdf") ? "PDF" : asset.contentType().endsWith("png") ? "PNG"
				: asset.contentType();
		return type + ", " + size(asset.sizeBytes());
	}

	private static String size(long bytes) {
		if (bytes >= 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
		}
		return String.format(Locale.ROOT, "%d kB", Math.max(1, bytes / 1024));
	}

	/** No line breaks can reach a header, whatever a field held. */
	private static String oneLine(String text) {
		return text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ");
	}

}
