package eu.interreg.cooperationday.studio.notify.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import eu.interreg.cooperationday.studio.programme.PublicAddresses;

/**
 * Which addresses the studio may call on a user's say (webhooks): https to hosts whose every address is
 * public. Loopback, private (RFC 1918, unique local), link-local, carrier-grade NAT, documentation,
 * multicast and reserved addresses are refused, also inside IPv4-mapped and NAT64 IPv6 addresses, unless
 * {@link WebhookSettings#allowLoopback()} allows loopback (then over http too). The check runs at the door
 * and again at each delivery on the addresses the connection will use ({@link #resolve}), so a name that
 * is changed to point inward after it was accepted is still refused.
 */
@Component
public class OutboundAddresses {

	private final boolean allowLoopback;

	private final Resolver resolver;

	/** Looks a host up; a seam for tests that must not depend on the machine's DNS. */
	@FunctionalInterface
	public interface Resolver {

		InetAddress[] lookup(String host) throws UnknownHostException;

	}

	/** An address the studio will not call, and why. */
	public static class RefusedAddressException extends UnknownHostException {

		public RefusedAddressException(String message) {
			super(message);
		}

	}

	@Autowired
	OutboundAddresses(WebhookSettings settings) {
		this(settings.allowLoopback(), InetAddress::getAllByName);
	}

	public OutboundAddresses(boolean allowLoopback, Resolver resolver) {
		this.allowLoopback = allowLoopback;
		this.resolver = resolver;
	}

	/** Why the studio will not call {@code url}, or empty when it will (resolving its host now). */
	public Optional<String> refusal(URI url) {
		String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
		if (url.getHost() == null || url.getRawUserInfo() != null || url.getRawFragment() != null
				|| !(scheme.equals("https") || scheme.equals("http"))) {
			return Optional.of("The callback address must be a full https:// address, without user name or fragment.");
		}
		List<InetAddress> addresses;
		try {
			addresses = resolve(url.getHost());
		}
		catch (RefusedAddressException ex) {
			return Optional.of(ex.getMessage());
		}
		catch (UnknownHostException ex) {
			return Optional.of("The callback address's host " + clip(url.getHost()) + " is not known.");
		}
		if (scheme.equals("http") && !addresses.stream().allMatch(InetAddress::isLoopbackAddress)) {
			return Optional.of("The callback address must use https.");
		}
		return Optional.empty();
	}

	/**
	 * The host's addresses when the studio may call every one of them.
	 *
	 * @throws RefusedAddressException when one of them is not public (and not an allowed loopback)
	 * @throws UnknownHostException when the host does not resolve
	 */
	public List<InetAddress> resolve(String host) throws UnknownHostException {
		String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
		// an address literal is read as it is (InetAddress does no lookup for one); only names go to DNS
		InetAddress[] found = PublicAddresses.isLiteral(bare) ? new InetAddress[] { InetAddress.getByName(bare) }
				: this.resolver.lookup(bare);
		if (found == null || found.length == 0) {
			throw new UnknownHostException(bare);
		}
		for (InetAddress address : found) {
			if (!(PublicAddresses.isPublic(address) || (this.allowLoopback && address.isLoopbackAddress()))) {
				throw new RefusedAddressException("The callback address's host " + clip(bare)
						+ " resolves to " + address.getHostAddress() + ", which is not a public address.");
			}
		}
		return List.of(found);
	}

	private static String clip(String host) {
		return host.length() <= 60 ? host : host.substring(0, 60) + "…";
	}

}
