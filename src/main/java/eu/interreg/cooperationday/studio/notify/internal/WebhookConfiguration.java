package eu.interreg.cooperationday.studio.notify.internal;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import eu.interreg.cooperationday.studio.programme.CallbackPolicy;
import eu.interreg.cooperationday.studio.notify.internal.OutboundAddresses;

/** What the door asks before it takes a callback address: the webhooks are on, and the host is public. */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

	@Bean
	CallbackPolicy callbackPolicy(WebhookSettings webhooks, OutboundAddresses addresses) {
		return (url) -> webhooks.enabled() ? addresses.refusal(url)
				: Optional.of("This studio sends no webhooks: its operator has not set STUDIO_WEBHOOK_SECRET.");
	}

}
