package eu.interreg.cooperationday.studio.kit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.kit.internal.KitWords;
import eu.interreg.cooperationday.studio.kit.internal.PostFitter;

/**
 * Writes a programme's posts: for each of its languages, each moment of the campaign's arc (around its
 * first event, plus one before each further event) and each platform, a text that fits the platform as
 * it counts, with the programme's own handle where it has one, the campaign's hashtags (each once), the link (or "link in bio" where links do not
 * work), and the file it goes with and that file's alt text, all in the post's language. Plain Java: the
 * caller gives what it knows of the programme.
 */
public final class KitPosts {

	/** The hour posts are planned at, local time of the programme. */
	static final LocalTime POSTING_TIME = LocalTime.of(10, 0);

	/** The longest alt text (X's limit). */
	public static final int MAX_ALT_TEXT = 1000;

	private final KitWords words;

	public KitPosts(KitWords words) {
		this.words = words;
	}

	/**
	 * One of the programme's events as posts speak of it ({@code place} null when online or unknown);
	 * {@code id} keeps a post's calendar entry the same across changes, {@code sequence} counts the event's
	 * changes.
	 */
	public record EventInfo(String id, String title, LocalDate date, String place, ZoneId zone, int sequence) {

		public EventInfo(String title, LocalDate date, String place, ZoneId zone) {
			this("campaign-day", title, date, place, zone, 0);
		}

	}

	/**
	 * A file a post goes with: what it is (a key of the kit's words, {@code file.square}, said in the post's
	 * language; or the label itself when it is none) and its link.
	 */
	public record FileLink(String label, String url) {
	}

	/**
	 * What a programme's posts say: its name (and a short one, for platforms where the name does not fit),
	 * its languages, its events by date (at least one), its public page's link, and its files: the square
	 * image, the story image and the video.
	 */
	public record ProgrammeInfo(String name, List<Language> languages, List<EventInfo> events, String link,
			FileLink square, FileLink story, FileLink video, Map<Platform, String> handles) {

		public ProgrammeInfo {
			handles = Map.copyOf(handles);
		}

		public ProgrammeInfo(String name, List<Language> languages, List<EventInfo> events, String link, FileLink square,
				FileLink story, FileLink video) {
			this(name, languages, events, link, square, story, video, Map.of());
		}

	}

	public List<Post> posts(ProgrammeInfo programme) {
		List<Post> posts = new ArrayList<>();
		EventInfo first = programme.events().get(0);
		for (Language language : programme.languages()) {
			for (Post.Moment moment : Post.Moment.values()) {
				List<EventInfo> about = moment == Post.Moment.EVENT
						? programme.events().subList(1, programme.events().size()) : List.of(first);
				for (EventInfo event : about) {
					for (Platform platform : Platform.values()) {
						posts.add(post(programme, language, moment, event, platform));
					}
				}
			}
		}
		return posts;
	}

	private Post post(ProgrammeInfo programme, Language language, Post.Moment moment, EventInfo event,
			Platform platform) {
		Language speaking = this.words.speaking(language);
		FileLink file = moment == Post.Moment.DAY_OF ? programme.video()
				: platform == Platform.INSTAGRAM ? programme.story() : programme.square();
		boolean video = file == programme.video();
		PostFitter fitter = new PostFitter(platform,
				(name, title, place) -> this.words.format(speaking, moment.key(), arguments(name, title, place, event)),
				programme.name(), event.title(), event.place(),
				platform.links() ? programme.link() : this.words.text(speaking, "link-in-bio"),
				this.words.hashtags(speaking), handles(programme.handles().get(platform),
						this.words.campaignHandle(speaking, platform).orElse(null)));
		PostFitter.Fitted fitted = fitter.fit();
		String alt = altText(speaking, video ? "alt.video" : "alt.image", programme.name(), event);
		ZonedDateTime when = ZonedDateTime.of(event.date().plusDays(moment.days()), POSTING_TIME, event.zone());
		String label = this.words.text(speaking, file.label());
		return new Post(platform, moment, when, speaking.code(), fitted.text(), label != null ? label : file.label(),
				file.url(), alt,
				fitted.hashtags(), event.id(), event.sequence());
	}

	/** The programme's handle, then the campaign's (once, when they differ); null when neither is there. */
	static String handles(String programme, String campaign) {
		if (campaign == null || campaign.equalsIgnoreCase(programme)) {
			return programme;
		}
		return programme == null ? campaign : programme + " " + campaign;
	}

	private static Map<String, Object> arguments(String name, String title, String place, EventInfo event) {
		Map<String, Object> arguments = new HashMap<>();
		arguments.put("programme", name);
		arguments.put("title", title);
		arguments.put("place", place == null ? "none" : place);
		arguments.put("date", event.date());
		arguments.put("days", 7);
		return arguments;
	}

	/** The file's alt text, at most {@link #MAX_ALT_TEXT} characters: without the place, then shortened, if need be. */
	private String altText(Language language, String key, String name, EventInfo event) {
		String alt = this.words.format(language, key, arguments(name, event.title(), event.place(), event));
		if (alt.length() > MAX_ALT_TEXT) {
			alt = this.words.format(language, key, arguments(PostFitter.shorten(name, 80), PostFitter.shorten(event.title(), 80),
					null, event));
		}
		return alt.length() <= MAX_ALT_TEXT ? alt : PostFitter.shorten(alt, MAX_ALT_TEXT);
	}

}
