package eu.interreg.cooperationday.studio.notify.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import okhttp3.Dns;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import eu.interreg.cooperationday.studio.render.TakesRequests;
import eu.interreg.cooperationday.studio.programme.PublicAddresses;
import eu.interreg.cooperationday.studio.notify.internal.OutboundAddresses;
import eu.interreg.cooperationday.studio.notify.internal.WebhookDelivery;

/**
 * Delivers what the webhook outbox holds: a POST of the status JSON with {@code Studio-Signature} and
 * {@code Studio-Event-Id} (the same on every attempt, for the receiver to de-duplicate). A 2xx answer
 * is success; anything else, a timeout or a refused address is tried again with exponential backoff, up
 * to {@link WebhookSettings#maxAttempts()}. The client resolves names through {@link OutboundAddresses}, so
 * it connects only to addresses it checked (address literals are checked before the call), follows no
 * redirect and uses no proxy.
 */
@Component
@TakesRequests
public class WebhookDispatcher {

	private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

	private static final int BATCH = 20;

	private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

	private final WebhookOutbox outbox;

	private final WebhookSettings settings;

	private final OkHttpClient client;

	public WebhookDispatcher(WebhookOutbox outbox, WebhookSettings settings, OutboundAddresses addresses) {
		this.outbox = outbox;
		this.settings = settings;
		this.client = client(settings.timeout(), addresses);
	}

	public static OkHttpClient client(Duration timeout, OutboundAddresses addresses) {
		Dns checked = new Dns() {
			@Override
			public List<InetAddress> lookup(String host) throws UnknownHostException {
				return addresses.resolve(host);
			}
		};
		// the client asks Dns only for names: an address literal is checked here, before any connection
		Interceptor literals = (chain) -> {
			String host = chain.request().url().host();
			if (PublicAddresses.isLiteral(host)) {
				addresses.resolve(host);
			}
			return chain.proceed(chain.request());
		};
		return new OkHttpClient.Builder().dns(checked)
			.addInterceptor(literals)
			.proxy(Proxy.NO_PROXY)
			.followRedirects(false)
			.followSslRedirects(false)
			.retryOnConnectionFailure(false)
			.connectTimeout(timeout)
			.readTimeout(timeout)
			.writeTimeout(timeout)
			.callTimeout(timeout.multipliedBy(2))
			.build();
	}

	@EventListener(ApplicationReadyEvent.class)
	void releaseAbandoned() {
		int released = this.outbox.releaseAbandoned();
		if (released > 0) {
			log.warn("{} webhooks were being sent when the service stopped; they will be sent again", released);
		}
	}

	@Scheduled(fixedDelayString = "${studio.webhooks.poll-interval:5s}", initialDelayString = "${studio.webhooks.poll-interval:5s}")
	void dispatch() {
		if (!this.settings.enabled()) {
			return;
		}
		for (WebhookDelivery delivery : this.outbox.due(BATCH)) {
			if (this.outbox.claim(delivery.id())) {
				send(delivery);
			}
		}
	}

	private void send(WebhookDelivery delivery) {
		byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
		long now = this.outbox.now().getEpochSecond();
		Request request = new Request.Builder().url(delivery.url())
			.header("User-Agent", "Cooperation-Day-Studio-Webhook/1")
			.header(WebhookSignature.HEADER, WebhookSignature.header(this.settings.secret(), now, body))
			.header("Studio-Event-Id", delivery.eventId())
			.post(RequestBody.create(body, JSON))
			.build();
		String failure;
		try (Response response = this.client.newCall(request).execute()) {
			if (response.isSuccessful()) {
				this.outbox.sent(delivery.id());
				log.info("Webhook {} of request {} delivered ({})", delivery.eventId(), delivery.requestId(), response.code());
				return;
			}
			failure = "The receiver answered " + response.code()
					+ (response.isRedirect() ? " (redirects are not followed)" : "");
		}
		catch (OutboundAddresses.RefusedAddressException ex) {
			failure = ex.getMessage();
		}
		catch (IOException | RuntimeException ex) {
			failure = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
		int attempt = delivery.attempts() + 1;
		if (attempt >= this.settings.maxAttempts()) {
			this.outbox.giveUp(delivery.id(), failure);
			log.warn("Webhook {} of request {} given up after {} attempts: {}", delivery.eventId(),
					delivery.requestId(), attempt, failure);
			return;
		}
		Instant next = this.outbox.now().plus(backoff(attempt));
		this.outbox.retryLater(delivery.id(), next, failure);
		log.warn("Webhook {} of request {} not delivered (attempt {}), next try at {}: {}", delivery.eventId(),
				delivery.requestId(), attempt, next, failure);
	}

	/** first, 2×first, 4×first, ... up to the cap. */
	Duration backoff(int attempt) {
		Duration delay = this.settings.firstRetry().multipliedBy(1L << Math.min(20, Math.max(0, attempt - 1)));
		return delay.compareTo(this.settings.maxRetry()) > 0 ? this.settings.maxRetry() : delay;
	}

}
