package eu.interreg.cooperationday.studio.notify.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import eu.interreg.cooperationday.studio.notify.Webhooks;

/**
 * Webhooks ({@code studio.webhooks.*}): a request's {@code callbackUrl} is told when it is DONE or FAILED
 * by a POST signed with {@code secret} (env {@code STUDIO_WEBHOOK_SECRET}; without one, the studio sends
 * no webhooks and refuses requests that ask for one). Only https addresses that resolve to public
 * addresses are called, unless {@code allowLoopback} (env {@code STUDIO_WEBHOOKS_ALLOW_LOOPBACK}, for
 * tests and local receivers) also allows loopback, over http too. A refused or failed delivery is tried
 * again after {@code firstRetry}, doubling up to {@code maxRetry}, at most {@code maxAttempts} times.
 *
 * @param secret the HMAC-SHA256 key of the {@code Studio-Signature} header
 * @param allowLoopback whether loopback receivers are allowed
 * @param pollInterval how often the outbox is looked at
 * @param firstRetry the wait after the first failed attempt
 * @param maxRetry the longest wait between attempts
 * @param maxAttempts attempts before a delivery is given up (then shown to staff)
 * @param timeout how long one attempt may take (connect and answer)
 */
@ConfigurationProperties("studio.webhooks")
public record WebhookSettings(String secret, @DefaultValue("false") boolean allowLoopback,
		@DefaultValue("5s") Duration pollInterval, @DefaultValue("30s") Duration firstRetry,
		@DefaultValue("1h") Duration maxRetry, @DefaultValue("20") int maxAttempts,
		@DefaultValue("10s") Duration timeout) {

	/** Whether the studio sends webhooks at all (a secret is set). */
	public boolean enabled() {
		return this.secret != null && !this.secret.isBlank();
	}

}
