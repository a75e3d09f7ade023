package eu.interreg.cooperationday.studio.kit.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.brand.SvgArt;
import eu.interreg.cooperationday.studio.kit.KitPosts.EventInfo;
import eu.interreg.cooperationday.studio.kit.Post;
import eu.interreg.cooperationday.studio.kit.internal.GuideChapters.Chapter;
import eu.interreg.cooperationday.studio.kit.internal.GuideText.Marker;
import eu.interreg.cooperationday.studio.kit.internal.GuideText.Run;
import eu.interreg.cooperationday.studio.visibility.VisibilityRule;

/**
 * Writes a programme's practical guide in one language: its timeline counted back from its first event
 * (registration, materials, press), each posting day, each event and its report, the generic chapters
 * (steps, ideas, checklist, visibility rules) with, after the rules, its own logo beside the EU emblem and
 * the campaign mark at sizes that keep them, its files with thumbnails and QR codes to their links, and its
 * posts. In the kit's words for the language, or all in English when the kit does not speak it, said so.
 */
public final class GuideWriter {

	/** Days before an event: when to check it on the map, send the print files, tell the press. */
	static final int REGISTER = -42;

	static final int MATERIALS = -28;

	static final int PRESS = -14;

	/** The emblem's height in the logo figure, in points. */
	private static final float EMBLEM_HEIGHT = 44;

	private final KitWords words;

	private final GuideChapters chapters;

	private final BrandKit brand;

	public GuideWriter(KitWords words, GuideChapters chapters, BrandKit brand) {
		this.words = words;
		this.chapters = chapters;
		this.brand = brand;
	}

	/** The programme's logo: its size (any unit, for its proportions) and how it paints itself into a box. */
	public record LogoArt(double width, double height, BiConsumer<Graphics2D, Rectangle2D> paint) {

		public static LogoArt of(SvgArt svg) {
			return new LogoArt(svg.width(), svg.height(), svg::paintFit);
		}

		public static LogoArt of(BufferedImage image) {
			return new LogoArt(image.getWidth(), image.getHeight(), (g, box) -> g.drawImage(image, (int) Math.round(box.getX()),
					(int) Math.round(box.getY()), (int) Math.round(box.getWidth()), (int) Math.round(box.getHeight()), null));
		}

	}

	/** One of the programme's files: its kind ({@code poster}, {@code social}, {@code video}, {@code described}), format, link and thumbnail (null when none). */
	public record FileEntry(String kind, String format, String link, BufferedImage thumbnail) {
	}

	/**
	 * What the guide is about: the programme's name, the guide's language, its events by date (at least
	 * one), its posts (those of every language: the guide keeps its own), its files and its logo (null when
	 * it has none to show).
	 */
	public record GuideInput(String programme, Language language, List<EventInfo> events, List<Post> posts,
			List<FileEntry> files, LogoArt logo) {
	}

	/** The guide's PDF, dated {@code created}. */
	public byte[] write(GuideInput input, Instant created) {
		Language speaking = this.words.speaking(input.language());
		String code = speaking.code();
		String title = text(speaking, "guide.title", Map.of("programme", input.programme()));
		try (GuidePdf pdf = new GuidePdf(this.brand.regular(), this.brand.bold(), code, title,
				(page) -> text(speaking, "guide.page", Map.of("page", page)))) {
			int year = input.events().get(0).date().getYear();
			pdf.cover(title, text(speaking, "guide.intro", Map.of("year", String.valueOf(year))));
			if (speaking != input.language()) {
				pdf.note(text(speaking, "guide.untranslated", Map.of("language", input.language().ownName())), null);
			}
			timeline(pdf, speaking, input);
			List<Chapter> chapters = this.chapters.chapters(speaking);
			for (Chapter chapter : chapters) {
				chapter(pdf, speaking, chapter);
				if (chapter.about("visibility")) {
					logos(pdf, speaking, input);
				}
			}
			if (chapters.stream().noneMatch((c) -> c.about("visibility"))) {
				logos(pdf, speaking, input);
			}
			files(pdf, speaking, input);
			posts(pdf, speaking, input);
			return pdf.finish(title, created);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The guide of " + input.programme() + " cannot be written", ex);
		}
	}

	private void timeline(GuidePdf pdf, Language language, GuideInput input) throws IOException {
		record Step(LocalDate date, String text) {
		}
		List<Step> steps = new ArrayList<>();
		LocalDate first = input.events().get(0).date();
		steps.add(new Step(first.plusDays(REGISTER), text(language, "guide.timeline.register", Map.of())));
		steps.add(new Step(first.plusDays(MATERIALS), text(language, "guide.timeline.materials", Map.of())));
		steps.add(new Step(first.plusDays(PRESS), text(language, "guide.timeline.press", Map.of())));
		for (EventInfo event : input.events()) {
			steps.add(new Step(event.date(), text(language, "guide.timeline.event",
					Map.of("title", event.title(), "place", event.place() == null ? "none" : event.place()))));
			steps.add(new Step(event.date().plusDays(1), text(language, "guide.timeline.report", Map.of())));
		}
		Map<String, Post> moments = new LinkedHashMap<>();
		for (Post post : ownPosts(input, language)) {
			moments.putIfAbsent(post.eventId() + "/" + post.moment(), post);
		}
		for (Post post : moments.values()) {
			String moment = text(language, "guide.moment." + post.moment().key().substring("post.".length()), Map.of());
			steps.add(new Step(post.when().toLocalDate(), text(language, "guide.timeline.post", Map.of("moment", moment))));
		}
		steps.sort(Comparator.comparing(Step::date));
		pdf.heading(1, text(language, "guide.timeline", Map.of()), null);
		List<List<Run>> items = new ArrayList<>();
		for (Step step : steps) {
			items.add(List.of(new Run(this.words.date(language, step.date()) + ": ", true), new Run(step.text(), false)));
		}
		pdf.list(items, Marker.BULLET, null);
	}

	private void chapter(GuidePdf pdf, Language language, Chapter chapter) throws IOException {
		String lang = chapter.language().code();
		boolean noted = false;
		for (GuideChapters.Block block : chapter.blocks()) {
			if (block instanceof GuideChapters.HeadingBlock heading) {
				pdf.heading(heading.level(), heading.text(), lang);
			}
			else if (block instanceof GuideChapters.ParagraphBlock paragraph) {
				pdf.paragraph(paragraph.runs(), lang);
			}
			else if (block instanceof GuideChapters.ListBlockOf list) {
				pdf.list(list.items(), list.marker(), lang);
			}
			if (!noted && block instanceof GuideChapters.HeadingBlock) {
				noted = true;
				if (chapter.fallback()) {
					pdf.note(text(language, "guide.untranslated-chapter", Map.of("language", language.ownName())), null);
				}
				else if (chapter.machineTranslated()) {
					pdf.note(text(language, "guide.machine-translated", Map.of()), null);
				}
			}
		}
	}

	/**
	 * The programme's logo, the EU emblem with its statement and the campaign mark, side by side: the
	 * emblem {@value #EMBLEM_HEIGHT} points high, the logo and the mark scaled so that the rule holds
	 * beside the emblem ({@link VisibilityRule#EU_ANNEX_IX}, with 4 % to spare).
	 */
	private void logos(GuidePdf pdf, Language language, GuideInput input) throws IOException {
		SvgArt flag = art("eu-flag");
		SvgArt mark = art("cooperation-day-mark");
		double flagWidth = EMBLEM_HEIGHT * flag.width() / flag.height();
		Rectangle2D emblem = new Rectangle2D.Double(0, 0, flagWidth, EMBLEM_HEIGHT);
		Rectangle2D markBox = fitted(emblem, mark.width(), mark.height());
		Rectangle2D logoBox = input.logo() == null ? null : fitted(emblem, input.logo().width(), input.logo().height());
		String statement = this.brand.strings().get(language, "cofunded");
		pdf.heading(2, text(language, "guide.logos", Map.of()), null);
		float height = EMBLEM_HEIGHT + 24;
		float width = GuidePdf.WIDTH - 2 * GuidePdf.MARGIN;
		pdf.figure(width, height, text(language, "guide.logos.alt", Map.of("programme", input.programme())), (g) -> {
			double x = 0;
			double top = 12;
			if (logoBox != null) {
				input.logo().paint().accept(g, new Rectangle2D.Double(x, top + (EMBLEM_HEIGHT - logoBox.getHeight()) / 2,
						logoBox.getWidth(), logoBox.getHeight()));
				x += logoBox.getWidth() + 28;
			}
			flag.paintFit(g, new Rectangle2D.Double(x, top, flagWidth, EMBLEM_HEIGHT));
			x += flagWidth + 8;
			g.setColor(BrandKit.PALETTE.ink());
			g.setFont(this.brand.bold().primary().font().deriveFont(10f));
			List<String> lines = statementLines(statement, g.getFontMetrics());
			double widest = 0;
			for (int i = 0; i < lines.size(); i++) {
				g.drawString(lines.get(i), (float) x,
						(float) (top + EMBLEM_HEIGHT / 2 + 4 + (i - (lines.size() - 1) / 2.0) * 12));
				widest = Math.max(widest, g.getFontMetrics().stringWidth(lines.get(i)));
			}
			x += widest + 28;
			mark.paintFit(g, new Rectangle2D.Double(x, top + (EMBLEM_HEIGHT - markBox.getHeight()) / 2,
					markBox.getWidth(), markBox.getHeight()));
			g.setColor(new Color(0xF5, 0x9E, 0x0B));
			g.fill(new Rectangle2D.Double(0, height - 3, width, 1.5));
		});
	}

	/** The statement beside the emblem, on two lines when it is long. */
	private static List<String> statementLines(String statement, java.awt.FontMetrics metrics) {
		if (metrics.stringWidth(statement) <= 150) {
			return List.of(statement);
		}
		int middle = statement.length() / 2;
		int before = statement.lastIndexOf(' ', middle);
		int after = statement.indexOf(' ', middle);
		int cut = before < 0 ? after : after < 0 ? before : (middle - before <= after - middle ? before : after);
		return cut < 0 ? List.of(statement) : List.of(statement.substring(0, cut), statement.substring(cut + 1));
	}

	/** A logo of these proportions, as high as the emblem and then made small enough to keep the rule. */
	private static Rectangle2D fitted(Rectangle2D emblem, double width, double height) {
		double w = emblem.getHeight() * width / height;
		Rectangle2D box = new Rectangle2D.Double(0, 0, w, emblem.getHeight());
		double scale = VisibilityRule.EU_ANNEX_IX.scaleToHold(emblem, box, 0.96);
		double most = Math.min(1, 130 / (w * scale));
		return new Rectangle2D.Double(0, 0, w * scale * most, emblem.getHeight() * scale * most);
	}

	private void files(GuidePdf pdf, Language language, GuideInput input) throws IOException {
		if (input.files().isEmpty()) {
			return;
		}
		pdf.heading(1, text(language, "guide.files", Map.of()), null);
		pdf.paragraph(Run.plain(text(language, "guide.files.intro", Map.of())), null);
		for (FileEntry file : input.files()) {
			String label = text(language, "guide.file." + file.kind(), Map.of()) + " " + file.format();
			pdf.file(file.thumbnail(), text(language, "guide.file.thumbnail", Map.of("file", label)), label, file.link(),
					text(language, "guide.file.qr", Map.of("file", label)));
		}
	}

	private void posts(GuidePdf pdf, Language language, GuideInput input) throws IOException {
		List<Post> posts = ownPosts(input, language);
		if (posts.isEmpty()) {
			return;
		}
		pdf.heading(1, text(language, "guide.posts", Map.of()), null);
		pdf.paragraph(Run.plain(text(language, "guide.posts.intro", Map.of())), null);
		String shown = null;
		for (Post post : posts.stream().sorted(Comparator.comparing(Post::when)).toList()) {
			String moment = this.words.date(language, post.when().toLocalDate()) + ": "
					+ text(language, "guide.moment." + post.moment().key().substring("post.".length()), Map.of());
			if (!moment.equals(shown)) {
				pdf.heading(2, moment, null);
				shown = moment;
			}
			pdf.paragraph(List.of(new Run(post.platform().label() + "\n", true), new Run(post.text(), false)), null);
		}
	}

	private static List<Post> ownPosts(GuideInput input, Language language) {
		return input.posts().stream().filter((p) -> p.language().equals(language.code())).toList();
	}

	private String text(Language language, String key, Map<String, Object> arguments) {
		return this.words.format(language, key, arguments);
	}

	private SvgArt art(String mark) {
		try {
			return SvgArt.load(this.brand.mark(mark));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The brand mark " + mark + " cannot be drawn", ex);
		}
	}

	/** A hash of what a guide in these languages is written from besides its programme: the words and the chapters. */
	String digest(List<Language> languages) {
		return this.words.digest() + this.chapters.digest(languages);
	}

}
