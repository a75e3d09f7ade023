package eu.interreg.cooperationday.studio.kit.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RequestKits;
import eu.interreg.cooperationday.studio.render.RequestStatus;
import eu.interreg.cooperationday.studio.system.PublicUrls;

/**
 * The kit's files as a request's status lists them: the zip, the posts (Markdown and CSV), the posting
 * calendar and a guide per language, each with the language its words are in (English where the kit does
 * not speak the request's yet).
 */
@Component
class KitLinks implements RequestKits {

	private final KitWords words;

	private final PublicUrls urls;

	KitLinks(KitWords words, PublicUrls urls) {
		this.words = words;
		this.urls = urls;
	}

	@Override
	public List<RequestStatus.KitLink> of(RenderRequest request) {
		String base = this.urls.base() + "/requests/" + request.id() + "/kit/";
		List<Language> languages = KitFiles.languages(request);
		String posts = this.words.speaking(languages.get(0)).code();
		List<RequestStatus.KitLink> links = new ArrayList<>();
		links.add(new RequestStatus.KitLink("campaign-kit.zip", "application/zip", null, base + "campaign-kit.zip"));
		links.add(new RequestStatus.KitLink("posts.md", "text/markdown", posts, base + "posts.md"));
		links.add(new RequestStatus.KitLink("posts.csv", "text/csv", posts, base + "posts.csv"));
		links.add(new RequestStatus.KitLink("posting-calendar.ics", "text/calendar", null, base + "posting-calendar.ics"));
		for (Language language : languages) {
			String name = "guide-" + language.code() + ".pdf";
			links.add(new RequestStatus.KitLink(name, "application/pdf", this.words.speaking(language).code(), base + name));
		}
		return links;
	}

}
