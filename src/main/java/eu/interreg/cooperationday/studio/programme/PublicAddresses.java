package eu.interreg.cooperationday.studio.programme;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * What a public address is: a unicast address on the internet, not this machine, its networks, or a
 * range reserved for documentation, benchmarks or translation to a private one. The door uses it for the
 * links a programme publishes; the webhook sender for the addresses it connects to.
 */
public final class PublicAddresses {

	private PublicAddresses() {
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

}
