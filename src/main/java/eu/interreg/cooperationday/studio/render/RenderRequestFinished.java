package eu.interreg.cooperationday.studio.render;

import java.util.List;

/**
 * A request's render has ended: DONE with every asked file stored, or FAILED (staff may restart it, and
 * it finishes again). Carries what its listeners need: the request as it ended, its stored files, its
 * status as the API shows it (a webhook's body) and its public page's links (null while it has none).
 * Published in the transaction that records the status, and kept in the event publication registry until
 * each listener has handled it, so no listener misses one across a crash.
 *
 * @param update whether this render made files again after the request's event changed (the request was
 * DONE before, and its ready email sent), not the request's first
 */
public record RenderRequestFinished(RenderRequest request, List<Asset> assets, RequestStatus status,
		PublicPage page, boolean update) {

	public RenderRequestFinished {
		assets = List.copyOf(assets);
	}

	public RenderRequestFinished(RenderRequest request, List<Asset> assets, RequestStatus status, PublicPage page) {
		this(request, assets, status, page, false);
	}

	public String requestId() {
		return this.request.id();
	}

	public boolean done() {
		return this.request.status() == RenderStatus.DONE;
	}

}
