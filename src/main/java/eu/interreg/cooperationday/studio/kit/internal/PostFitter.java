package eu.interreg.cooperationday.studio.kit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.BreakIterator;

import eu.interreg.cooperationday.studio.kit.Platform;

/**
 * Fits one post to its platform's limit by rules, in this order, until it fits: all hashtags; fewer (down
 * to one); no mention of the handles (the programme's, then the campaign's); no place; the programme's name and the event's title shortened at a word boundary (ever
 * shorter); and last the message itself cut at a word boundary. A shortened text ends in an ellipsis and
 * is never cut inside a word, but for a single word longer than the room (then at a character boundary).
 * A hashtag already in the text is not added again.
 */
public final class PostFitter {

	/** Writes the post's message from its variable parts (the place null when left out). */
	public interface Message {

		String write(String name, String title, String place);

	}

	/** The post as it fits, and the hashtags it carries. */
	public record Fitted(String text, List<String> hashtags) {
	}

	private final Platform platform;

	private final Message message;

	private final String name;

	private final String title;

	private final String place;

	private final String link;

	private final List<String> hashtags;

	private final String handle;

	/** @param handle the handles to mention on the platform (the programme's, the campaign's), while they fit (null: none) */
	public PostFitter(Platform platform, Message message, String name, String title, String place, String link,
			List<String> hashtags, String handle) {
		this.handle = handle;
		this.platform = platform;
		this.message = message;
		this.name = name;
		this.title = title;
		this.place = place;
		this.link = link;
		this.hashtags = hashtags.subList(0, Math.min(platform.hashtags(), hashtags.size()));
	}

	public Fitted fit() {
		for (int tags = this.hashtags.size(); tags >= 1; tags--) {
			Fitted fitted = compose(mention(this.message.write(this.name, this.title, this.place)), tags);
			if (fits(fitted)) {
				return fitted;
			}
		}
		int[] rooms = { 80, 60, 40, 25, 12 };
		for (int room : rooms) {
			Fitted fitted = compose(this.message.write(shorten(this.name, room), shorten(this.title, room), null), 1);
			if (fits(fitted)) {
				return fitted;
			}
		}
		String words = this.message.write(shorten(this.name, 12), shorten(this.title, 12), null);
		for (int room = words.length(); room > 0; room -= Math.max(1, room / 10)) {
			Fitted fitted = compose(shorten(words, room), 0);
			if (fits(fitted)) {
				return fitted;
			}
		}
		throw new IllegalStateException("No text fits " + this.platform.label() + " with this link");
	}

	/** The message with the programme's handle after it, when it has one here. */
	private String mention(String message) {
		return this.handle == null ? message : message + " " + this.handle;
	}

	private boolean fits(Fitted fitted) {
		return this.platform.length(fitted.text()) <= this.platform.limit();
	}

	private Fitted compose(String message, int tags) {
		String lower = message.toLowerCase(Locale.ROOT);
		List<String> carried = new ArrayList<>();
		for (String tag : this.hashtags) {
			if (carried.size() < tags && !lower.contains(tag.toLowerCase(Locale.ROOT))
					&& carried.stream().noneMatch((t) -> t.equalsIgnoreCase(tag))) {
				carried.add(tag);
			}
		}
		String text = message + "\n\n" + this.link + (carried.isEmpty() ? "" : "\n\n" + String.join(" ", carried));
		return new Fitted(text, carried);
	}

	/**
	 * {@code text} in at most {@code room} characters: whole, or cut at the last word boundary that leaves
	 * room for an ellipsis (at a character boundary when a single word is longer than the room).
	 */
	public static String shorten(String text, int room) {
		if (text == null || text.length() <= room) {
			return text;
		}
		BreakIterator words = BreakIterator.getWordInstance();
		words.setText(text);
		int end = words.preceding(Math.max(1, room));
		while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (end <= 0) {
			BreakIterator characters = BreakIterator.getCharacterInstance();
			characters.setText(text);
			end = Math.max(0, characters.preceding(Math.max(1, room)));
		}
		String cut = text.substring(0, end).stripTrailing();
		while (!cut.isEmpty() && ",.;:-–—·(".indexOf(cut.charAt(cut.length() - 1)) >= 0) {
			cut = cut.substring(0, cut.length() - 1).stripTrailing();
		}
		return cut + "…";
	}

}
