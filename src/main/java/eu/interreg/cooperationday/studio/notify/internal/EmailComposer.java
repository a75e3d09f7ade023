package eu.interreg.cooperationday.studio.notify.internal;

import java.util.List;
import java.util.Map;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.brand.LocalisedStrings;
import eu.interreg.cooperationday.studio.events.ImpactReportDue;
import eu.interreg.cooperationday.studio.render.Asset;
import eu.interreg.cooperationday.studio.render.AssetSpec;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.system.PublicUrls;
import eu.interreg.cooperationday.studio.render.PublicPage;
import eu.interreg.cooperationday.studio.sender.ConfirmationRequested;

/**
 * Writes the "your material is ready" email: in the request's language where the brand kit has the
 * email strings, else in English, with one stable {@code /d/{token}} link per file, the files grouped and
 * labelled as a person thinks of them ({@link FileList}), and a link to all of them in one zip; a
 * bilingual request's second language follows beneath, where the brand kit has its words.
 */
public class EmailComposer {

	private final LocalisedStrings strings;

	private final PublicUrls urls;

	private final FileList files;

	public EmailComposer(LocalisedStrings strings, PublicUrls urls) {
		this.strings = strings;
		this.urls = urls;
		this.files = new FileList(strings);
	}

	public record Message(String subject, String text, String html) {
	}

	public Message ready(RenderRequest request, List<Asset> assets, PublicPage page) {
		Language language = this.strings.has(request.language(), "email.subject") ? request.language() : Language.EN;
		String name = oneLine(request.programmeName());
		String subject = this.strings.get(language, "email.subject").replace("{0}", name);
		StringBuilder text = new StringBuilder();
		text.append(this.strings.get(language, "email.greeting")).append("\n\n");
		text.append(this.strings.get(language, "email.intro").replace("{0}", name)).append("\n\n");
		Map<FileList.Group, List<FileList.Entry>> files = this.files.grouped(assets, language);
		files.forEach((group, entries) -> {
			text.append(this.files.heading(group, language)).append("\n");
			for (FileList.Entry entry : entries) {
				text.append("- ").append(entry.label()).append(" (").append(FileList.describe(entry.asset())).append("): ")
					.append(this.urls.download(entry.asset().downloadToken())).append("\n");
			}
			text.append("\n");
		});
		List<String> breaking = visibilityNotes(assets);
		if (!breaking.isEmpty()) {
			text.append(VISIBILITY_INTRO).append("\n");
			breaking.forEach((line) -> text.append("- ").append(line).append("\n"));
			text.append(VISIBILITY_ADVICE).append("\n\n");
		}
		text.append(this.strings.get(language, "email.all-files")).append("\n").append(zip(request)).append("\n");
		text.append(this.strings.get(language, "email.kit")).append("\n").append(kit(request)).append("\n");
		if (page != null) {
			text.append("\n").append(this.strings.get(language, "email.share")).append("\n").append(page.url()).append("\n");
			text.append(this.strings.get(language, "email.unpublish")).append("\n").append(page.unpublishUrl()).append("\n");
			text.append("\n").append(this.strings.get(language, "email.events")).append("\n").append(page.eventsUrl()).append("\n");
			text.append(this.strings.get(language, "email.embed")).append("\n").append(page.embedSnippet()).append("\n");
		}
		text.append("\n").append(this.strings.get(language, "email.closing")).append("\n");
		Language second = second(request, language);
		if (second != null) {
			String secondName = oneLine(request.nameInSecondLanguage());
			text.append("\n----\n\n")
				.append(this.strings.get(second, "email.greeting")).append("\n\n")
				.append(this.strings.get(second, "email.intro").replace("{0}", secondName)).append("\n\n")
				.append(this.strings.get(second, "email.closing")).append("\n");
		}
		return new Message(oneLine(subject), text.toString(), html(request, assets, page, files, language, name));
	}

	private static final String VISIBILITY_INTRO = "Some files do not follow the EU visibility rules, as the studio "
			+ "measured them:";

	private static final String VISIBILITY_ADVICE = "They are delivered all the same: please check them, or send a "
			+ "logo that fits the rule, before you publish them.";

	/** The files that break the visibility rules, in English, set apart from the rest of the message. */
	private static void visibilityHtml(StringBuilder html, List<Asset> assets) {
		List<String> breaking = visibilityNotes(assets);
		if (breaking.isEmpty()) {
			return;
		}
		html.append("<div id=\"visibility\" lang=\"en\" dir=\"ltr\" style=\"border-left:4px solid #B45309;")
			.append("padding:4px 12px;margin:16px 0\"><p>").append(escape(VISIBILITY_INTRO)).append("</p><ul>");
		breaking.forEach((line) -> html.append("<li>").append(escape(line)).append("</li>"));
		html.append("</ul><p>").append(escape(VISIBILITY_ADVICE)).append("</p></div>");
	}

	/** A line for each file the visibility checker found breaking the rules: its name and why. */
	private static List<String> visibilityNotes(List<Asset> assets) {
		return assets.stream()
			.filter(Asset::nonCompliant)
			.map((asset) -> asset.kind() + " · " + asset.format() + ": " + asset.visibility().summary())
			.toList();
	}

	/** Asks the sender to confirm the address, in the request's language where the brand kit has the words. */
	public Message confirmation(ConfirmationRequested requested) {
		Language language = this.strings.has(requested.language(), "confirm.subject") ? requested.language() : Language.EN;
		String name = oneLine(requested.programmeName());
		String link = requested.link();
		String subject = oneLine(this.strings.get(language, "confirm.subject").replace("{0}", name));
		String intro = this.strings.get(language, "confirm.intro").replace("{0}", name);
		String text = this.strings.get(language, "email.greeting") + "\n\n" + intro + "\n\n" + link + "\n\n"
				+ this.strings.get(language, "confirm.ignore") + "\n\n" + this.strings.get(language, "email.closing") + "\n";
		String html = "<!DOCTYPE html><html lang=\"" + language.code() + "\"><head><meta charset=\"utf-8\"><title>"
				+ escape(subject) + "</title></head><body style=\"font-family:Arial,sans-serif;color:#0B1B4D;max-width:640px;margin:auto\">"
				+ "<p>" + escape(this.strings.get(language, "email.greeting")) + "</p><p>" + escape(intro) + "</p>"
				+ "<p><a id=\"confirm\" href=\"" + escape(link) + "\" style=\"background:#003399;color:#fff;padding:10px 16px;"
				+ "border-radius:6px;text-decoration:none\">" + escape(this.strings.get(language, "confirm.button")) + "</a></p>"
				+ "<p style=\"font-size:0.9em\">" + escape(this.strings.get(language, "confirm.ignore")) + "</p><p>"
				+ escape(this.strings.get(language, "email.closing")) + "</p></body></html>";
		return new Message(subject, text, html);
	}

	/**
	 * The email that asks for an event's figures, in the programme's language where the kit has its words
	 * (English where not: never a mixed sentence); a reminder says so in its subject.
	 */
	public Message impactReport(ImpactReportDue due) {
		Language wanted = Language.fromCode(due.language()).orElse(Language.EN);
		Language language = this.strings.has(wanted, "impact.subject") ? wanted : Language.EN;
		String title = oneLine(due.eventTitle());
		String date = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
			.withLocale(language.locale()).format(due.date());
		String subject = oneLine((due.reminder() > 1 ? this.strings.get(language, "impact.reminder") + " " : "")
				+ this.strings.get(language, "impact.subject").replace("{0}", title));
		String intro = this.strings.get(language, "impact.intro").replace("{0}", title).replace("{1}", date)
			.replace("{2}", oneLine(due.programme()));
		String text = this.strings.get(language, "email.greeting") + "\n\n" + intro + "\n\n" + due.reportUrl() + "\n\n"
				+ this.strings.get(language, "email.closing") + "\n";
		String html = "<!DOCTYPE html><html lang=\"" + language.code() + "\"><head><meta charset=\"utf-8\"><title>"
				+ escape(subject) + "</title></head><body style=\"font-family:Arial,sans-serif;color:#0B1B4D;max-width:640px;margin:auto\">"
				+ "<p>" + escape(this.strings.get(language, "email.greeting")) + "</p><p>" + escape(intro) + "</p>"
				+ "<p><a id=\"report\" href=\"" + escape(due.reportUrl()) + "\" style=\"background:#003399;color:#fff;padding:10px 16px;"
				+ "border-radius:6px;text-decoration:none\">" + escape(this.strings.get(language, "impact.button")) + "</a></p><p>"
				+ escape(this.strings.get(language, "email.closing")) + "</p></body></html>";
		return new Message(subject, text, html);
	}

	/** The same message as HTML: every piece of user text escaped, thumbnails shown, links as buttons. */
	private String html(RenderRequest request, List<Asset> assets, PublicPage page, Map<FileList.Group, List<FileList.Entry>> files,
			Language language, String name) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html><html lang=\"").append(language.code()).append("\"")
			.append(request.language().rightToLeft() && language == request.language() ? " dir=\"rtl\"" : "")
			.append("><head><meta charset=\"utf-8\"><title>").append(escape(name)).append("</title></head>")
			.append("<body style=\"font-family:Arial,sans-serif;color:#0B1B4D;max-width:640px;margin:auto\">")
			.append("<h1 style=\"color:#003399\">").append(escape(this.strings.get(language, "campaign.name")))
			.append("</h1><p>").append(escape(this.strings.get(language, "email.greeting"))).append("</p><p>")
			.append(escape(this.strings.get(language, "email.intro").replace("{0}", name))).append("</p>");
		for (Asset asset : assets) {
			if (asset.spec().maker() == AssetSpec.Maker.POSTER_THUMBNAIL) {
				html.append("<img src=\"").append(escape(this.urls.download(asset.downloadToken())))
					.append("\" width=\"150\" alt=\"").append(escape(this.files.label(asset.spec(), language)))
					.append("\" style=\"margin:4px;border:1px solid #CBD5E1\">");
			}
		}
		String download = this.strings.get(language, "email.download");
		files.forEach((group, entries) -> {
			html.append("<h2 style=\"color:#003399;font-size:1.1em;margin:18px 0 4px\">")
				.append(escape(this.files.heading(group, language)))
				.append("</h2><table style=\"border-collapse:collapse\">");
			for (FileList.Entry entry : entries) {
				html.append("<tr><td style=\"padding:4px 8px\">").append(escape(entry.label()))
					.append("</td><td style=\"padding:4px 8px;color:#475569\">").append(escape(FileList.describe(entry.asset())))
					.append("</td><td style=\"padding:4px 8px\"><a href=\"")
					.append(escape(this.urls.download(entry.asset().downloadToken())))
					.append("\" style=\"color:#003399\">").append(escape(download)).append("</a></td></tr>");
			}
			html.append("</table>");
		});
		visibilityHtml(html, assets);
		downloads(html, request, language);
		if (page != null) {
			html.append("<p>").append(escape(this.strings.get(language, "email.share"))).append(" <a id=\"share\" href=\"")
				.append(escape(page.url())).append("\" style=\"color:#003399\">")
				.append(escape(page.url())).append("</a></p><p style=\"font-size:0.9em\">")
				.append(escape(this.strings.get(language, "email.unpublish"))).append(" <a id=\"unpublish\" href=\"")
				.append(escape(page.unpublishUrl()))
				.append("\" style=\"color:#003399\">").append(escape(this.strings.get(language, "email.unpublish-link")))
				.append("</a></p><p>").append(escape(this.strings.get(language, "email.events"))).append(" <a id=\"events\" href=\"")
				.append(escape(page.eventsUrl())).append("\" style=\"color:#003399\">")
				.append(escape(this.strings.get(language, "email.events-link"))).append("</a></p><p style=\"font-size:0.9em\">")
				.append(escape(this.strings.get(language, "email.embed"))).append("</p><pre id=\"embed\" style=\"white-space:pre-wrap;"
						+ "font-size:0.85em;background:#F1F5F9;padding:8px\">").append(escape(page.embedSnippet())).append("</pre>");
		}
		html.append("<p>").append(escape(this.strings.get(language, "email.closing"))).append("</p>");
		Language second = second(request, language);
		if (second != null) {
			String secondName = oneLine(request.nameInSecondLanguage());
			html.append("<hr style=\"border:0;border-top:1px solid #CBD5E1\"><div id=\"second-language\" lang=\"")
				.append(second.code()).append("\"").append(second.rightToLeft() ? " dir=\"rtl\"" : "").append("><p>")
				.append(escape(this.strings.get(second, "email.greeting"))).append("</p><p>")
				.append(escape(this.strings.get(second, "email.intro").replace("{0}", secondName))).append("</p><p>")
				.append(escape(this.strings.get(second, "email.closing"))).append("</p></div>");
		}
		html.append("</body></html>");
		return html.toString();
	}

	/** The request's second language when it has the email's words and is not the language already used. */
	private Language second(RenderRequest request, Language used) {
		Language second = request.secondLanguage();
		return (second != null && second != used && this.strings.has(second, "email.intro")) ? second : null;
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/** Every file of the request in one zip. */
	/** The two downloads of everything: the request's files (zip) and its campaign kit. */
	private void downloads(StringBuilder html, RenderRequest request, Language language) {
		html.append("<p>").append(escape(this.strings.get(language, "email.all-files"))).append(" <a id=\"zip\" href=\"")
			.append(escape(zip(request))).append("\" style=\"color:#003399\">").append(escape(zip(request))).append("</a></p>");
		html.append("<p>").append(escape(this.strings.get(language, "email.kit"))).append(" <a id=\"kit\" href=\"")
			.append(escape(kit(request))).append("\" style=\"color:#003399\">").append(escape(kit(request))).append("</a></p>");
	}

	/** The campaign kit: the posts, the posting calendar, the guide and every file (the kit module serves it). */
	private String kit(RenderRequest request) {
		return this.urls.base() + "/requests/" + request.id() + "/kit/campaign-kit.zip";
	}

	private String zip(RenderRequest request) {
		return this.urls.base() + "/requests/" + request.id() + "/download.zip";
	}

	/** No line breaks can reach a header, whatever a field held. */
	private static String oneLine(String text) {
		return text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ");
	}

}
