package eu.interreg.cooperationday.studio.notify.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Studio-Signature} header of a webhook: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "t.body">} keyed with the studio's webhook secret. A receiver recomputes v1 over the raw body it got and
 * compares in constant time, and refuses a t far from its clock (a replay).
 */
public final class WebhookSignature {

	static final String HEADER = "Studio-Signature";

	private WebhookSignature() {
	}

	public static String header(String secret, long unixSeconds, byte[] body) {
		return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds, body);
	}

	public static String hmac(String secret, long unixSeconds, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((unixSeconds + ".").getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}
