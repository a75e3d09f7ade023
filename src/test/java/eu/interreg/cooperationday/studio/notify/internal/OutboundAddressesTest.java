package eu.interreg.cooperationday.studio.notify.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import eu.interreg.cooperationday.studio.notify.internal.OutboundAddresses;
import eu.interreg.cooperationday.studio.programme.PublicAddresses;

/** Which addresses a webhook may go to; names are resolved by a stand-in, never by the machine's DNS. */
class OutboundAddressesTest {

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "127.1.2.3", "0.0.0.0", "10.0.0.1", "172.16.0.1", "172.31.255.255",
			"192.168.1.1", "169.254.169.254", "100.64.0.1", "100.127.255.254", "192.0.0.8", "192.0.2.1",
			"198.18.0.1", "198.51.100.7", "203.0.113.9", "224.0.0.1", "240.0.0.1", "255.255.255.255", "::1", "::",
			"fe80::1", "fc00::1", "fd12:3456::1", "fec0::1", "ff02::1", "2001:db8::1", "::ffff:127.0.0.1",
			"::ffff:10.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a00:1", "2002:c0a8:0101::1", "::127.0.0.1" })
	void privateLoopbackLinkLocalAndReservedAddressesAreNotPublic(String address) throws UnknownHostException {
		assertThat(PublicAddresses.isPublic(InetAddress.getByName(address))).as(address).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "8.8.8.8", "1.1.1.1", "172.32.0.1", "172.15.255.255", "100.128.0.1", "192.0.1.1",
			"198.20.0.1", "2a00:1450:4001:80b::200e", "2606:4700:4700::1111", "64:ff9b::808:808" })
	void internetAddressesArePublic(String address) throws UnknownHostException {
		assertThat(PublicAddresses.isPublic(InetAddress.getByName(address))).as(address).isTrue();
	}

	@Test
	void aNameIsRefusedWhenAnyOfItsAddressesIsNotPublic() throws Exception {
		OutboundAddresses addresses = new OutboundAddresses(false,
				(host) -> new InetAddress[] { InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.7") });
		assertThatThrownBy(() -> addresses.resolve("hooks.example.org"))
			.isInstanceOf(OutboundAddresses.RefusedAddressException.class)
			.hasMessageContaining("10.0.0.7");
		assertThat(addresses.refusal(URI.create("https://hooks.example.org/x"))).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("not a public address");
	}

	@Test
	void onlyHttpsGoesToPublicAddressesAndLoopbackOnlyWhenAllowed() throws Exception {
		OutboundAddresses.Resolver dns = (host) -> switch (host) {
			case "hooks.example.org" -> new InetAddress[] { InetAddress.getByName("93.184.215.14") };
			case "localhost" -> new InetAddress[] { InetAddress.getByName("127.0.0.1") };
			default -> throw new UnknownHostException(host);
		};
		OutboundAddresses strict = new OutboundAddresses(false, dns);
		assertThat(strict.refusal(URI.create("https://hooks.example.org/studio"))).isEmpty();
		assertThat(strict.refusal(URI.create("http://hooks.example.org/studio"))).hasValue("The callback address must use https.");
		assertThat(strict.refusal(URI.create("https://localhost:8443/studio"))).isPresent();
		assertThat(strict.refusal(URI.create("https://nowhere.example.org/"))).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("not known");
		assertThat(strict.refusal(URI.create("https://user@hooks.example.org/"))).isPresent();
		assertThat(strict.refusal(URI.create("https://hooks.example.org/#frag"))).isPresent();
		assertThat(strict.refusal(URI.create("gopher://hooks.example.org/"))).isPresent();

		OutboundAddresses loopback = new OutboundAddresses(true, dns);
		assertThat(loopback.refusal(URI.create("http://localhost:8080/studio"))).isEmpty();
		assertThat(loopback.refusal(URI.create("http://127.0.0.1:8080/studio"))).isEmpty();
		assertThat(loopback.refusal(URI.create("https://10.0.0.1/studio"))).as("only loopback is allowed").isPresent();
		assertThat(loopback.refusal(URI.create("http://hooks.example.org/studio"))).as("http only to loopback").isPresent();
	}

}
