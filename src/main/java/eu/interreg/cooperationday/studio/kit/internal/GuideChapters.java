package eu.interreg.cooperationday.studio.kit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.kit.internal.GuideText.Marker;
import eu.interreg.cooperationday.studio.kit.internal.GuideText.Run;

/**
 * The guide's generic chapters: CommonMark files in {@code guide/{code}/}, read in the order of their
 * names, the English ones the reference. A chapter missing in a language is the English one, said so; a
 * file whose first line is {@code <!-- machine-translated: true -->} is said to be a machine translation.
 * Read each time a guide is written, so the campaign team's edits show without a release; the files are a
 * few kilobytes. HTML and images in a chapter are not read; a link is printed with its address.
 */
public final class GuideChapters {

	private static final Pattern MACHINE = Pattern.compile("<!--\\s*machine-translated:\\s*(true|false)\\s*-->");

	private static final Parser PARSER = Parser.builder().build();

	private final Path folder;

	public GuideChapters(Path folder) {
		this.folder = folder;
	}

	/**
	 * A hash of the chapters a guide in these languages is written from, as they are now (English's and each
	 * language's own; they are read on each write: edits need no release).
	 */
	String digest(List<Language> languages) {
		StringBuilder digest = new StringBuilder(FolderDigest.of(this.folder.resolve(Language.EN.code())));
		for (Language language : languages) {
			digest.append(FolderDigest.of(this.folder.resolve(language.code())));
		}
		return digest.toString();
	}

	/** A chapter's blocks, in the language they are written in. */
	record Chapter(String file, Language language, boolean machineTranslated, boolean fallback, List<Block> blocks) {

		boolean about(String subject) {
			return this.file.endsWith("-" + subject + ".md");
		}

	}

	/** A heading, a paragraph or a list of a chapter. */
	sealed interface Block {
	}

	record HeadingBlock(int level, String text) implements Block {
	}

	record ParagraphBlock(List<Run> runs) implements Block {
	}

	record ListBlockOf(Marker marker, List<List<Run>> items) implements Block {
	}

	/** The chapters for {@code language}: its own where they exist, else the English ones. */
	List<Chapter> chapters(Language language) {
		List<Chapter> chapters = new ArrayList<>();
		for (Path english : files(Language.EN)) {
			Path own = this.folder.resolve(language.code()).resolve(english.getFileName().toString());
			boolean fallback = language != Language.EN && !Files.isRegularFile(own);
			Path file = fallback || language == Language.EN ? english : own;
			String text = read(file);
			Matcher machine = MACHINE.matcher(text);
			boolean machineTranslated = machine.find() && machine.start() < 8 && Boolean.parseBoolean(machine.group(1));
			chapters.add(new Chapter(english.getFileName().toString(), fallback ? Language.EN : language, machineTranslated,
					fallback, blocks(text)));
		}
		return chapters;
	}

	private List<Path> files(Language language) {
		Path directory = this.folder.resolve(language.code());
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((f) -> f.getFileName().toString().endsWith(".md")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the guide's chapters in " + directory, ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the guide's chapter " + file, ex);
		}
	}

	/** The chapter's blocks: headings, paragraphs (a quote is a paragraph) and lists (checklists with {@code [ ]}). */
	static List<Block> blocks(String markdown) {
		List<Block> blocks = new ArrayList<>();
		for (Node node = PARSER.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof Heading heading) {
				blocks.add(new HeadingBlock(heading.getLevel(), plain(runs(heading))));
			}
			else if (node instanceof Paragraph || node instanceof BlockQuote) {
				blocks.add(new ParagraphBlock(runs(node)));
			}
			else if (node instanceof ListBlock list) {
				List<List<Run>> items = new ArrayList<>();
				boolean checklist = false;
				for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
					if (item instanceof ListItem) {
						List<Run> runs = new ArrayList<>(runs(item));
						if (!runs.isEmpty() && runs.get(0).text().matches("^\\[[ xX]\\] .*")) {
							checklist = true;
							runs.set(0, new Run(runs.get(0).text().substring(4), runs.get(0).bold()));
						}
						items.add(runs);
					}
				}
				blocks.add(new ListBlockOf(checklist ? Marker.CHECKBOX : list instanceof OrderedList ? Marker.NUMBER
						: Marker.BULLET, items));
			}
		}
		return blocks;
	}

	private static String plain(List<Run> runs) {
		StringBuilder text = new StringBuilder();
		runs.forEach((run) -> text.append(run.text()));
		return text.toString();
	}

	/** The text of a block as runs of one weight: strong emphasis bold, everything else regular. */
	private static List<Run> runs(Node block) {
		List<Run> runs = new ArrayList<>();
		collect(block, false, runs);
		List<Run> merged = new ArrayList<>();
		for (Run run : runs) {
			if (!merged.isEmpty() && merged.get(merged.size() - 1).bold() == run.bold()) {
				Run last = merged.remove(merged.size() - 1);
				merged.add(new Run(last.text() + run.text(), run.bold()));
			}
			else {
				merged.add(run);
			}
		}
		return merged;
	}

	private static void collect(Node node, boolean bold, List<Run> runs) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof Text text) {
				runs.add(new Run(text.getLiteral(), bold));
			}
			else if (child instanceof Code code) {
				runs.add(new Run(code.getLiteral(), bold));
			}
			else if (child instanceof SoftLineBreak) {
				runs.add(new Run(" ", bold));
			}
			else if (child instanceof HardLineBreak) {
				runs.add(new Run("\n", bold));
			}
			else if (child instanceof StrongEmphasis) {
				collect(child, true, runs);
			}
			else if (child instanceof Emphasis) {
				collect(child, bold, runs);
			}
			else if (child instanceof Link link) {
				collect(child, bold, runs);
				runs.add(new Run(" (" + link.getDestination() + ")", bold));
			}
			else if (child instanceof Paragraph && !runs.isEmpty()) {
				runs.add(new Run(" ", bold));
				collect(child, bold, runs);
			}
			else if (!(child instanceof BulletList) && !(child instanceof OrderedList)) {
				collect(child, bold, runs);
			}
		}
	}

}
