package eu.interreg.cooperationday.studio.security;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The network a client address belongs to, as abuse is counted: an IPv4 address's /24, an IPv6 address's
 * /48 (what one site or subscriber is usually given), an IPv4-mapped IPv6 address as its IPv4 one. One
 * person with many addresses of one provider is one network.
 */
public final class ClientNetworks {

	/** Only address literals are parsed: a name is never looked up. */
	private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private ClientNetworks() {
	}

	/** {@code 203.0.113.0/24}, {@code 2001:db8:1::/48}; the address itself when it is not an IP literal. */
	public static String of(String address) {
		if (address == null || !LITERAL.matcher(address).matches()) {
			return address == null ? "unknown" : address;
		}
		InetAddress parsed;
		try {
			parsed = InetAddress.getByName(address);
		}
		catch (UnknownHostException ex) {
			return address;
		}
		byte[] b = parsed.getAddress();
		if (parsed instanceof Inet4Address) {
			return (b[0] & 0xFF) + "." + (b[1] & 0xFF) + "." + (b[2] & 0xFF) + ".0/24";
		}
		if (parsed instanceof Inet6Address) {
			return String.format("%x:%x:%x::/48", ((b[0] & 0xFF) << 8) | (b[1] & 0xFF), ((b[2] & 0xFF) << 8) | (b[3] & 0xFF),
					((b[4] & 0xFF) << 8) | (b[5] & 0xFF));
		}
		return address;
	}

}
