package eu.interreg.cooperationday.studio.notify.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import eu.interreg.cooperationday.studio.render.TakesRequests;
import eu.interreg.cooperationday.studio.notify.internal.MailProperties;
import eu.interreg.cooperationday.studio.notify.EmailOutbox;


/**
 * Sends what the outbox holds over SMTP, when SMTP is configured ({@code spring.mail.host}). A
 * message that SMTP refuses waits and is tried again with exponential backoff; it is never dropped.
 * Without SMTP, messages stay in the outbox for staff to see. Render workers send nothing.
 */
@Component
@TakesRequests
class OutboxDispatcher {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	private static final int BATCH = 20;

	private final EmailOutbox outbox;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MailProperties settings;

	OutboxDispatcher(EmailOutbox outbox, ObjectProvider<JavaMailSender> mailSender, MailProperties settings) {
		this.outbox = outbox;
		this.mailSender = mailSender;
		this.settings = settings;
	}

	@EventListener(ApplicationReadyEvent.class)
	void releaseAbandoned() {
		int released = this.outbox.releaseAbandoned();
		if (released > 0) {
			log.warn("{} emails were being sent when the service stopped; they will be sent again", released);
		}
	}

	@Scheduled(fixedDelayString = "${studio.mail.poll-interval:15s}", initialDelayString = "${studio.mail.poll-interval:15s}")
	void dispatch() {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return;
		}
		for (OutboxEmail email : this.outbox.due(BATCH)) {
			if (this.outbox.claim(email.id())) {
				send(sender, email);
			}
		}
	}

	private void send(JavaMailSender sender, OutboxEmail email) {
		try {
			MimeMessage message = message(sender, email);
			boolean html = email.bodyHtml() != null;
			MimeMessageHelper helper = new MimeMessageHelper(message, html, StandardCharsets.UTF_8.name());
			helper.setFrom(new InternetAddress(this.settings.from()));
			helper.setTo(new InternetAddress(email.recipient(), true));
			helper.setSubject(email.subject());
			if (html) {
				helper.setText(email.bodyText(), email.bodyHtml());
			}
			else {
				helper.setText(email.bodyText(), false);
			}
			sender.send(message);
			this.outbox.sent(email.id());
			log.info("Sent email {} for request {}", email.id(), email.requestId());
		}
		catch (MessagingException | RuntimeException ex) {
			Instant next = this.outbox.now().plus(backoff(email.attempts() + 1));
			this.outbox.retryLater(email.id(), next, ex.getClass().getSimpleName() + ": " + ex.getMessage());
			log.warn("Email {} for request {} not sent (attempt {}), next try at {}: {}", email.id(),
					email.requestId(), email.attempts() + 1, next, ex.getMessage());
		}
	}

	/**
	 * A message whose Message-ID is the outbox entry's own: if a send is cut off after SMTP took it (a
	 * kill in the middle) and the message goes again, mail systems see the same message and show it once.
	 */
	private static MimeMessage message(JavaMailSender sender, OutboxEmail email) {
		String id = "<outbox-" + email.id() + "." + email.requestId() + "@cooperation-day-studio>";
		if (sender instanceof org.springframework.mail.javamail.JavaMailSenderImpl impl) {
			return new MimeMessage(impl.getSession()) {
				@Override
				protected void updateMessageID() throws MessagingException {
					setHeader("Message-ID", id);
				}
			};
		}
		return sender.createMimeMessage();
	}

	/** first, 2×first, 4×first, ... up to the cap. */
	Duration backoff(int attempt) {
		Duration delay = this.settings.firstRetry().multipliedBy(1L << Math.min(20, Math.max(0, attempt - 1)));
		return delay.compareTo(this.settings.maxRetry()) > 0 ? this.settings.maxRetry() : delay;
	}

}
