package eu.interreg.cooperationday.studio.share;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import eu.interreg.cooperationday.studio.render.PublicPage;
import eu.interreg.cooperationday.studio.render.PublicPages;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RenderRequestAccepted;
import eu.interreg.cooperationday.studio.render.RenderRequests;
import eu.interreg.cooperationday.studio.render.RenderStatus;
import eu.interreg.cooperationday.studio.render.RequestDeleted;
import eu.interreg.cooperationday.studio.system.PublicUrls;

/**
 * The share pages (table {@code share_page}): each request gets its slug and its communicator's key when
 * it is accepted, in the transaction that stores it; its page is seen while the request is DONE and the
 * page not unpublished. Answers render's {@link PublicPages}, so a request's status and its finished
 * event carry the page's links.
 */
@Service
public class SharePages implements PublicPages {

	private static final Logger log = LoggerFactory.getLogger(SharePages.class);

	private final JdbcClient jdbc;

	private final RenderRequests renders;

	private final PublicUrls urls;

	private final SecureRandom random = new SecureRandom();

	SharePages(JdbcClient jdbc, RenderRequests renders, PublicUrls urls) {
		this.jdbc = jdbc;
		this.renders = renders;
		this.urls = urls;
	}

	private record Page(String requestId, String slug, String key, boolean published) {
	}

	@EventListener
	void on(RenderRequestAccepted accepted) {
		RenderRequest request = accepted.request();
		this.jdbc.sql("insert into share_page (request_id, slug, share_key, published) values (:id, :slug, :key, true)")
			.param("id", request.id())
			.param("slug", ShareSlugs.slug(request.programmeName(), this.random))
			.param("key", ShareSlugs.key(this.random))
			.update();
	}

	@EventListener
	void on(RequestDeleted deleted) {
		this.jdbc.sql("delete from share_page where request_id = :id").param("id", deleted.requestId()).update();
	}

	@Override
	public Optional<PublicPage> of(String requestId) {
		return byRequest(requestId).filter(Page::published)
			.map((page) -> new PublicPage(this.urls.share(page.slug()), this.urls.unpublish(page.slug(), page.key()),
					this.urls.manageEvents(page.slug(), page.key()), this.urls.embedEvents(page.slug())));
	}

	/** A request's page as staff see it: its slug, and whether it is published. */
	public record PageState(String slug, boolean published) {
	}

	/** The pages of these requests (those that have one), by request id, in one query. */
	public java.util.Map<String, PageState> states(java.util.Collection<String> requestIds) {
		if (requestIds.isEmpty()) {
			return java.util.Map.of();
		}
		java.util.Map<String, PageState> states = new java.util.HashMap<>();
		this.jdbc.sql("select * from share_page where request_id in (:ids)")
			.param("ids", List.copyOf(requestIds))
			.query(SharePages::map)
			.list()
			.forEach((page) -> states.put(page.requestId(), new PageState(page.slug(), page.published())));
		return states;
	}

	/** The request whose page is {@code /p/{slug}}, while it can be seen (DONE and published). */
	Optional<RenderRequest> shared(String slug) {
		if (!ShareSlugs.plausible(slug)) {
			return Optional.empty();
		}
		return bySlug(slug).filter(Page::published)
			.flatMap((page) -> this.renders.find(page.requestId()))
			.filter((request) -> request.status() == RenderStatus.DONE);
	}

	/**
	 * Unpublishes a page by its communicator's link: the key must be the page's own.
	 *
	 * @return false when the slug or the key is not right
	 */
	boolean unpublish(String slug, String key) {
		Optional<String> owned = ownedBy(slug, key);
		if (owned.isEmpty()) {
			return false;
		}
		log.info("Share page of request {} unpublished by its communicator", owned.get());
		return setPublished(owned.get(), false);
	}

	/**
	 * The request whose page is {@code slug} when {@code key} is its communicator's secret key (the one in
	 * the unpublish and events links of the ready email); empty when the slug or the key is not right.
	 */
	public Optional<String> ownedBy(String slug, String key) {
		if (!ShareSlugs.plausible(slug) || key == null || key.length() > 64) {
			return Optional.empty();
		}
		Optional<Page> page = bySlug(slug);
		if (page.isEmpty() || page.get().key() == null || !MessageDigest.isEqual(
				page.get().key().getBytes(StandardCharsets.US_ASCII), key.getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		return Optional.of(page.get().requestId());
	}

	/** The share page's slug of a request, whether or not it is published. */
	public Optional<String> slugOf(String requestId) {
		return byRequest(requestId).map(Page::slug);
	}

	/** Staff publish or unpublish a request's page; false when there is no such page. */
	public boolean setPublished(String requestId, boolean published) {
		log.info("Share page of request {} {}", requestId, published ? "published" : "unpublished");
		return this.jdbc.sql("update share_page set published = :published where request_id = :id")
			.param("published", published)
			.param("id", requestId)
			.update() == 1;
	}

	private Optional<Page> byRequest(String requestId) {
		return this.jdbc.sql("select * from share_page where request_id = :id").param("id", requestId).query(SharePages::map).optional();
	}

	private Optional<Page> bySlug(String slug) {
		return this.jdbc.sql("select * from share_page where slug = :slug").param("slug", slug).query(SharePages::map).optional();
	}

	private static Page map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Page(rs.getString("request_id"), rs.getString("slug"), rs.getString("share_key"),
				rs.getBoolean("published"));
	}

}
