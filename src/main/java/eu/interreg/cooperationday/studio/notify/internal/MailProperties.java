package eu.interreg.cooperationday.studio.notify.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outgoing mail ({@code studio.mail.*}). Messages wait in the outbox until SMTP accepts them: it is
 * polled every {@code pollInterval}, a refused message is tried again after {@code firstRetry}, doubling
 * up to {@code maxRetry}.
 */
@ConfigurationProperties("studio.mail")
record MailProperties(
		@DefaultValue("Interreg Cooperation Day <studio@cooperation-day.invalid>") String from,
		@DefaultValue("15s") Duration pollInterval,
		@DefaultValue("30s") Duration firstRetry,
		@DefaultValue("6h") Duration maxRetry) {
}
