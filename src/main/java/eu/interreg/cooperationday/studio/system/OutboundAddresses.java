package eu.interreg.cooperationday.studio.system;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

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
		InetAddress[] found = isLiteral(bare) ? new InetAddress[] { InetAddress.getByName(bare) }
				: this.resolver.lookup(bare);
		if (found == null || found.length == 0) {
			throw new UnknownHostException(bare);
		}
		for (InetAddress address : found) {
			if (!(isPublic(address) || (this.allowLoopback && address.isLoopbackAddress()))) {
				throw new RefusedAddressException("The callback address's host " + clip(bare)
						+ " resolves to " + address.getHostAddress() + ", which is not a public address.");
			}
		}
		return List.of(found);
	}

	/** Whether a host is an IPv4 or IPv6 address rather than a name. */
	public static boolean isLiteral(String host) {
		return host.indexOf(':') >= 0 || host.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
	}

	/** Whether an address is a public unicast one (the internet, not this machine or its networks). */
	public static boolean isPublic(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			return isPublicV4(b);
		}
		if (address instanceof Inet6Address) {
			int first = b[0] & 0xFF;
			if ((first & 0xFE) == 0xFC) {
				return false; // fc00::/7 unique local
			}
			if (first == 0xFE && (b[1] & 0xC0) == 0xC0) {
				return false; // fec0::/10 site local (deprecated)
			}
			if (first == 0x20 && (b[1] & 0xFF) == 0x01 && (b[2] & 0xFF) == 0x0D && (b[3] & 0xFF) == 0xB8) {
				return false; // 2001:db8::/32 documentation
			}
			boolean zeroPrefix = true;
			for (int i = 0; i < 10; i++) {
				zeroPrefix &= b[i] == 0;
			}
			if (zeroPrefix && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xFF && b[11] == (byte) 0xFF))) {
				return isPublicV4(new byte[] { b[12], b[13], b[14], b[15] }); // ::a.b.c.d and ::ffff:a.b.c.d
			}
			if (first == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B) {
				return isPublicV4(new byte[] { b[12], b[13], b[14], b[15] }); // 64:ff9b::/96 NAT64
			}
			if (first == 0x20 && (b[1] & 0xFF) == 0x02) {
				return isPublicV4(new byte[] { b[2], b[3], b[4], b[5] }); // 2002::/16 6to4
			}
			return true;
		}
		return false;
	}

	private static boolean isPublicV4(byte[] b) {
		int a0 = b[0] & 0xFF;
		int a1 = b[1] & 0xFF;
		int a2 = b[2] & 0xFF;
		return !(a0 == 0 || a0 == 10 || a0 == 127 || a0 >= 224 // this network, private, loopback, multicast, reserved
				|| (a0 == 100 && (a1 & 0xC0) == 64) // 100.64.0.0/10 carrier-grade NAT
				|| (a0 == 169 && a1 == 254) // link local (cloud metadata)
				|| (a0 == 172 && (a1 & 0xF0) == 16) || (a0 == 192 && a1 == 168) // private
				|| (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) // IETF assignments, TEST-NET-1
				|| (a0 == 198 && (a1 & 0xFE) == 18) // benchmarking
				|| (a0 == 198 && a1 == 51 && a2 == 100) || (a0 == 203 && a1 == 0 && a2 == 113)); // TEST-NET-2, -3
	}

	private static String clip(String host) {
		return host.length() <= 60 ? host : host.substring(0, 60) + "…";
	}

}
