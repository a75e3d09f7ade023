package eu.interreg.cooperationday.studio.notify;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import eu.interreg.cooperationday.studio.notify.internal.OutboundAddresses;
import eu.interreg.cooperationday.studio.notify.internal.WebhookDispatcher;
import eu.interreg.cooperationday.studio.notify.internal.WebhookSignature;

/**
 * The webhook client against a real receiver on loopback: without the loopback allowance no POST reaches
 * it, whether it is named by address or by a name that resolves to it; redirects are not followed.
 */
class WebhookGuardTest {

	HttpServer receiver;

	final AtomicInteger hits = new AtomicInteger();

	@BeforeEach
	void start() throws Exception {
		this.receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.receiver.createContext("/hook", (exchange) -> {
			this.hits.incrementAndGet();
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		this.receiver.createContext("/moved", (exchange) -> {
			this.hits.incrementAndGet();
			exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data");
			exchange.sendResponseHeaders(307, -1);
			exchange.close();
		});
		this.receiver.start();
	}

	@AfterEach
	void stop() {
		this.receiver.stop(0);
	}

	String url(String host, String path) {
		return "http://" + host + ":" + this.receiver.getAddress().getPort() + path;
	}

	static Request post(String url) {
		return new Request.Builder().url(url).post(RequestBody.create("{}", MediaType.get("application/json"))).build();
	}

	@Test
	void noPostReachesALoopbackReceiverWhenLoopbackIsNotAllowed() {
		OkHttpClient strict = WebhookDispatcher.client(Duration.ofSeconds(5),
				new OutboundAddresses(false, InetAddress::getAllByName));
		assertThatThrownBy(() -> strict.newCall(post(url("127.0.0.1", "/hook"))).execute().close())
			.isInstanceOf(OutboundAddresses.RefusedAddressException.class)
			.hasMessageContaining("127.0.0.1");
		// a public-looking name that resolves inward (DNS rebinding) is refused on the address it resolves to
		OkHttpClient rebound = WebhookDispatcher.client(Duration.ofSeconds(5),
				new OutboundAddresses(false, (host) -> new InetAddress[] { InetAddress.getByName("127.0.0.1") }));
		assertThatThrownBy(() -> rebound.newCall(post(url("hooks.example.org", "/hook"))).execute().close())
			.isInstanceOf(OutboundAddresses.RefusedAddressException.class);
		assertThat(this.hits).hasValue(0);
	}

	@Test
	void aLoopbackReceiverIsReachedWhenAllowedAndARedirectIsNotFollowed() throws Exception {
		OkHttpClient allowed = WebhookDispatcher.client(Duration.ofSeconds(5),
				new OutboundAddresses(true, InetAddress::getAllByName));
		try (Response response = allowed.newCall(post(url("127.0.0.1", "/hook"))).execute()) {
			assertThat(response.code()).isEqualTo(204);
		}
		try (Response response = allowed.newCall(post(url("127.0.0.1", "/moved"))).execute()) {
			assertThat(response.code()).isEqualTo(307);
		}
		assertThat(this.hits).hasValue(2);
	}

	@Test
	void theSignatureIsTheHmacOfTheTimeAndTheBody() {
		byte[] body = "{\"id\":\"r1\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		// computed independently: printf '1790000000.{"id":"r1"}' | openssl dgst -sha256 -hmac secret
		assertThat(WebhookSignature.header("secret", 1790000000L, body))
			.isEqualTo("t=1790000000,v1=0a7ea9dd2fbc4a3de43eb33e83837b5d1465964429efbf7d3b9cc08d85688dd8");
		assertThat(WebhookSignature.hmac("secret", 1790000000L, body)).hasSize(64)
			.isNotEqualTo(WebhookSignature.hmac("secret", 1790000001L, body))
			.isNotEqualTo(WebhookSignature.hmac("other", 1790000000L, body));
	}

}
