package eu.interreg.cooperationday.studio.render.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import eu.interreg.cooperationday.studio.render.Asset;
import eu.interreg.cooperationday.studio.render.PublicPage;
import eu.interreg.cooperationday.studio.render.PublicPages;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RenderStatus;
import eu.interreg.cooperationday.studio.render.RequestKits;
import eu.interreg.cooperationday.studio.render.RequestStatus;
import eu.interreg.cooperationday.studio.system.PublicUrls;

/** A request as the API, its status page and its webhook show it: one way to make that view. */
@Component
public class RequestViews {

	private final AssetRepository assets;

	private final PublicUrls urls;

	private final ObjectProvider<PublicPages> pages;

	private final ObjectProvider<RequestKits> kits;

	RequestViews(AssetRepository assets, PublicUrls urls, ObjectProvider<PublicPages> pages, ObjectProvider<RequestKits> kits) {
		this.kits = kits;
		this.assets = assets;
		this.urls = urls;
		this.pages = pages;
	}

	/** The request's public page, once it is DONE and while its page is published. */
	public Optional<PublicPage> page(RenderRequest request) {
		if (request.status() != RenderStatus.DONE) {
			return Optional.empty();
		}
		PublicPages known = this.pages.getIfAvailable();
		return known == null ? Optional.empty() : known.of(request.id());
	}

	public RequestStatus status(RenderRequest request) {
		return status(request, this.assets.ofRequest(request.id()), page(request).orElse(null));
	}

	public RequestStatus status(RenderRequest request, List<Asset> stored, PublicPage page) {
		List<RequestStatus.AssetLink> links = stored.stream()
			.map((a) -> new RequestStatus.AssetLink(a.kind(), a.format(), a.contentType(), a.sizeBytes(), a.sha256(),
					this.urls.download(a.downloadToken()), a.visibility()))
			.toList();
		return new RequestStatus(request.id(), request.status().name(), request.programmeName(),
				request.language().code(), request.secondLanguage() == null ? null : request.secondLanguage().code(),
				request.programmeNameSecond(), links, request.error(), page == null ? null : page.url(), kit(request));
	}

	private List<RequestStatus.KitLink> kit(RenderRequest request) {
		RequestKits known = this.kits.getIfAvailable();
		return known == null || request.status() != RenderStatus.DONE ? List.of() : known.of(request);
	}

}
