package eu.interreg.cooperationday.studio.kit;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One planned post: for which platform and moment of the campaign's arc, when (local time of the
 * programme), in which language, its text as it fits the platform, the file it goes with (its label
 * and link) and that file's alt text in the post's language; {@code hashtags} are those it carries; the
 * event it is about ({@code eventId}) and how often that event changed ({@code eventSequence}).
 */
public record Post(Platform platform, Moment moment, ZonedDateTime when, String language, String text, String file,
		String fileUrl, String altText, List<String> hashtags, String eventId, int eventSequence) {

	public Post {
		hashtags = List.copyOf(hashtags);
	}

	/** What names this post in a calendar, the same however often its event changes. */
	public String uid() {
		return this.eventId + "-" + this.moment.name().toLowerCase(java.util.Locale.ROOT) + "-"
				+ this.platform.name().toLowerCase(java.util.Locale.ROOT) + "-" + this.language;
	}

	/** The moments of the campaign's arc a programme posts at. */
	public enum Moment {

		ANNOUNCEMENT("post.announcement", -21), COUNTDOWN("post.countdown", -7), DAY_BEFORE("post.day-before", -1),
		DAY_OF("post.day-of", 0), THANK_YOU("post.thank-you", 1), EVENT("post.event", -3);

		private final String key;

		private final int days;

		Moment(String key, int days) {
			this.key = key;
			this.days = days;
		}

		public String key() {
			return this.key;
		}

		/** Days from the event it is about (negative: before). */
		public int days() {
			return this.days;
		}

	}

}
