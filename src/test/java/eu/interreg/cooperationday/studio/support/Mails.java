package eu.interreg.cooperationday.studio.support;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reads what a test's SMTP server received. */
public final class Mails {

	private Mails() {
	}

	/** The first part of a message of the MIME type (text/plain, text/html), decoded; null when none. */
	public static String part(Part part, String type) throws Exception {
		if (part.isMimeType(type)) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = part(multipart.getBodyPart(i), type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
