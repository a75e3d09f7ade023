package eu.interreg.cooperationday.studio.kit.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;

import eu.interreg.cooperationday.studio.kit.Post;
import eu.interreg.cooperationday.studio.system.CsvCell;

/**
 * A programme's posts as files: {@code posts.csv} (RFC 4180, one row per post: platform, date, time,
 * language, text, file, alt text; importable into common schedulers; no cell read as a formula) and
 * {@code posts.md} (to read and copy from, by language and moment).
 */
public final class PostFiles {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private PostFiles() {
	}

	public static String csv(List<Post> posts) {
		StringBuilder out = new StringBuilder("platform,date,time,time_zone,language,moment,text,file,file_url,alt_text\r\n");
		for (Post post : posts) {
			out.append(String.join(",", post.platform().label(), post.when().toLocalDate().toString(),
					TIME.format(post.when()), post.when().getZone().getId(), post.language(),
					post.moment().name().toLowerCase(java.util.Locale.ROOT), cell(post.text()), cell(post.file()),
					cell(post.fileUrl()), cell(post.altText())))
				.append("\r\n");
		}
		return out.toString();
	}

	/** A CSV cell ({@link CsvCell}). */
	static String cell(String value) {
		return CsvCell.of(value);
	}

	public static String markdown(String programme, List<Post> posts, List<String> notes) {
		StringBuilder out = new StringBuilder("# Posts for ").append(escape(programme)).append("\n\n");
		notes.forEach((note) -> out.append("> ").append(escape(note)).append("\n\n"));
		String language = null;
		String moment = null;
		for (Post post : posts) {
			if (!post.language().equals(language)) {
				language = post.language();
				moment = null;
				out.append("## ").append(language).append("\n\n");
			}
			String when = post.moment().name() + " " + post.when().toLocalDate();
			if (!when.equals(moment)) {
				moment = when;
				out.append("### ").append(post.moment().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
					.append(": ").append(post.when().toLocalDate()).append(" at ").append(TIME.format(post.when()))
					.append(" (").append(post.when().getZone().getId()).append(")\n\n");
			}
			out.append("**").append(post.platform().label()).append("** · ").append(escape(post.file()))
				.append(" (").append(post.fileUrl()).append(")\n\n```text\n").append(post.text().replace("```", "'''"))
				.append("\n```\n\nAlt text: ").append(escape(post.altText())).append("\n\n");
		}
		return out.toString();
	}

	/** Text with Markdown's own characters taken literally. */
	private static String escape(String text) {
		return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
	}

}
