package eu.interreg.cooperationday.studio.security.internal;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who a request comes from, for limits: the direct peer, or, when the peer is a trusted proxy, the
 * nearest address in {@code X-Forwarded-For} that is not itself a trusted proxy (read from the right:
 * what a client writes on the left cannot name someone else).
 */
final class ClientAddress {

	private final Set<String> trustedProxies;

	ClientAddress(List<String> trustedProxies) {
		this.trustedProxies = Set.copyOf(trustedProxies);
	}

	String of(HttpServletRequest request) {
		String peer = request.getRemoteAddr();
		if (!this.trustedProxies.contains(peer)) {
			return peer;
		}
		String forwarded = request.getHeader("X-Forwarded-For");
		if (forwarded == null || forwarded.length() > 2000) {
			return peer;
		}
		String[] hops = forwarded.split(",");
		for (int i = hops.length - 1; i >= 0; i--) {
			String hop = hops[i].strip();
			if (!hop.isEmpty() && !this.trustedProxies.contains(hop)) {
				return hop.length() > 64 ? hop.substring(0, 64) : hop;
			}
		}
		return peer;
	}

}
