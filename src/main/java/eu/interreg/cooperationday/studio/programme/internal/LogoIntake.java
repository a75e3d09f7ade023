package eu.interreg.cooperationday.studio.programme.internal;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import org.springframework.util.unit.DataSize;

import eu.interreg.cooperationday.studio.brand.SvgArt;
import eu.interreg.cooperationday.studio.system.FileType;
import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.programme.internal.DecodeBulkhead;
import eu.interreg.cooperationday.studio.programme.internal.ExifOrientation;
import eu.interreg.cooperationday.studio.programme.Logo;
import eu.interreg.cooperationday.studio.programme.UploadLimits;
import eu.interreg.cooperationday.studio.visibility.LogoMarks;

/**
 * Takes a logo file from outside and either gives back a {@link Logo} that is safe to render or refuses
 * it with a reason. Bytes are sniffed (never trusted from the name) and measured before any work: a
 * raster's pixels from its header, an SVG's elements with its references expanded. A raster is then
 * decoded straight to at most {@code maxEdge} pixels a side (subsampled by the reader, never the full
 * frame first), an SVG built by Batik once to prove it draws; both in a turn of the
 * {@link DecodeBulkhead}, within its time budget.
 */
public class LogoIntake {

	/** The longest side the studio keeps of a raster logo: a logo on an A3 poster at 300 dpi needs less. */
	static final int DEFAULT_MAX_EDGE = 2400;

	private final long maxBytes;

	private final long maxPixels;

	private final int maxEdge;

	private final int svgMaxElements;

	private final DecodeBulkhead bulkhead;

	private final List<String> statements;

	/** The statement in English, always looked for. */
	public static final String ENGLISH_STATEMENT = "Co-funded by the European Union";


	/** With the default edge, SVG budget and a bulkhead of one turn per core (for tests and tools). */
	public LogoIntake(long maxBytes, long maxPixels) {
		this(maxBytes, maxPixels, DEFAULT_MAX_EDGE, SvgSanitiser.DEFAULT_MAX_ELEMENTS,
				new DecodeBulkhead(Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(30), Duration.ofSeconds(30)));
	}

	public LogoIntake(long maxBytes, long maxPixels, int maxEdge, int svgMaxElements, DecodeBulkhead bulkhead) {
		this(maxBytes, maxPixels, maxEdge, svgMaxElements, bulkhead, List.of(ENGLISH_STATEMENT));
	}

	/**
	 * @param statements the EU funding statement as each language writes it, for finding it in SVG logos
	 */
	public LogoIntake(long maxBytes, long maxPixels, int maxEdge, int svgMaxElements, DecodeBulkhead bulkhead,
			List<String> statements) {
		this.statements = List.copyOf(statements);
		this.maxBytes = maxBytes;
		this.maxPixels = maxPixels;
		this.maxEdge = maxEdge;
		this.svgMaxElements = svgMaxElements;
		this.bulkhead = bulkhead;
	}

	/**
	 * What one raster decode may hold at most: the subsampled image, its ARGB copy and its PNG, and what
	 * looking for the emblem holds (a copy at most {@link LogoMarks#LOOK_EDGE} wide, its pixels, marks and
	 * work list).
	 */
	static long bytesPerDecode(int maxEdge) {
		return 3L * maxEdge * maxEdge * 4 + 4L * LogoMarks.LOOK_EDGE * LogoMarks.LOOK_EDGE * 4;
	}

	public Logo intake(String filename, String declaredContentType, byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw RequestRefusedException.field(Refusal.Kind.INVALID, "logo", "The logo file is empty.");
		}
		if (bytes.length > this.maxBytes) {
			throw RequestRefusedException.field(Refusal.Kind.TOO_LARGE, "logo",
					"The logo is larger than " + UploadLimits.describe(DataSize.ofBytes(this.maxBytes)) + ".");
		}
		FileType sniffed = sniff(bytes);
		if (sniffed == null) {
			String other = otherType(bytes);
			throw RequestRefusedException.field(Refusal.Kind.UNSUPPORTED_TYPE, "logo", (other == null ? ""
					: "The logo is a " + other + " file. ") + "The logo must be a PNG, JPEG or SVG file.");
		}
		checkClaims(filename, declaredContentType, sniffed);
		return sniffed == FileType.SVG ? svg(bytes) : raster(sniffed, bytes);
	}

	public static FileType sniff(byte[] b) {
		if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
				&& b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
			return FileType.PNG;
		}
		if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
			return FileType.JPEG;
		}
		String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.UTF_8);
		if (head.startsWith("\uFEFF")) {
			head = head.substring(1);
		}
		head = head.stripLeading();
		if ((head.startsWith("<?xml") || head.startsWith("<svg") || head.startsWith("<!--")
				|| head.startsWith("<!DOCTYPE")) && head.contains("<svg")) {
			return FileType.SVG;
		}
		return null;
	}

	/** Where a PNG's IEND chunk ends (chunk by chunk from the signature); -1 when there is none. */
	static int pngEnd(byte[] b) {
		long offset = 8;
		while (offset + 12 <= b.length) {
			int at = (int) offset;
			long length = ((b[at] & 0xFFL) << 24) | ((b[at + 1] & 0xFFL) << 16) | ((b[at + 2] & 0xFFL) << 8) | (b[at + 3] & 0xFFL);
			boolean end = b[at + 4] == 'I' && b[at + 5] == 'E' && b[at + 6] == 'N' && b[at + 7] == 'D';
			offset += 12 + length;
			if (end) {
				return offset <= b.length ? (int) offset : -1;
			}
		}
		return -1;
	}

	/** What a file the studio does not take really is, by its first bytes, to say so; null when unknown. */
	public static String otherType(byte[] b) {
		String head = new String(b, 0, Math.min(b.length, 16), StandardCharsets.ISO_8859_1);
		if (head.startsWith("GIF87a") || head.startsWith("GIF89a")) {
			return "GIF";
		}
		if (head.startsWith("RIFF") && head.length() >= 12 && head.startsWith("WEBP", 8)) {
			return "WebP";
		}
		if (head.startsWith("II*\u0000") || head.startsWith("MM\u0000*")) {
			return "TIFF";
		}
		if (head.startsWith("%PDF-")) {
			return "PDF";
		}
		if (head.length() >= 12 && head.startsWith("ftyp", 4)) {
			String brand = head.substring(8, 12);
			if (brand.startsWith("hei") || brand.startsWith("hev") || brand.equals("mif1") || brand.equals("msf1")) {
				return "HEIC";
			}
			if (brand.startsWith("avi")) {
				return "AVIF";
			}
		}
		if (head.startsWith("BM")) {
			return "BMP";
		}
		return null;
	}

	private static void checkClaims(String filename, String contentType, FileType sniffed) {
		FileType byName = byExtension(filename);
		if (byName != null && byName != sniffed) {
			throw RequestRefusedException.field(Refusal.Kind.UNSUPPORTED_TYPE, "logo", "The logo is named as a " + describe(byName)
					+ " file but its contents are " + describe(sniffed) + ".");
		}
		FileType byType = byContentType(contentType);
		if (byType != null && byType != sniffed) {
			throw RequestRefusedException.field(Refusal.Kind.UNSUPPORTED_TYPE, "logo", "The logo was sent as " + contentType
					+ " but its contents are " + describe(sniffed) + ".");
		}
	}

	private static FileType byExtension(String filename) {
		if (filename == null) {
			return null;
		}
		String lower = filename.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".png")) {
			return FileType.PNG;
		}
		if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
			return FileType.JPEG;
		}
		if (lower.endsWith(".svg")) {
			return FileType.SVG;
		}
		int dot = lower.lastIndexOf('.');
		if (dot >= 0 && dot < lower.length() - 1) {
			throw RequestRefusedException.field(Refusal.Kind.UNSUPPORTED_TYPE, "logo", "The logo must be a .png, .jpg or .svg file.");
		}
		return null;
	}

	private static FileType byContentType(String contentType) {
		if (contentType == null) {
			return null;
		}
		String type = contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
		return switch (type) {
			case "image/png" -> FileType.PNG;
			case "image/jpeg", "image/jpg", "image/pjpeg" -> FileType.JPEG;
			case "image/svg+xml" -> FileType.SVG;
			default -> null;
		};
	}

	private static String describe(FileType format) {
		return format.name();
	}

	private Logo svg(byte[] bytes) {
		SvgSanitiser.CheckedSvg checked = SvgSanitiser.check(bytes, this.svgMaxElements);
		checkPixels(checked.width(), checked.height());
		LogoMarks marks = this.bulkhead.run("SVG logo", (onTimeout) -> {
			SvgArt art;
			try {
				art = SvgArt.load(checked.bytes());
			}
			catch (IOException | RuntimeException ex) {
				throw RequestRefusedException.field(Refusal.Kind.INVALID, "logo", "The SVG logo cannot be drawn.");
			}
			return LogoMarks.of(LogoMarks.canvas(checked.width(), checked.height(), LogoMarks.LOOK_EDGE, art::paintFit),
					LogoMarks.textOf(checked.bytes()), this.statements);
		});
		return new Logo(FileType.SVG, bytes, checked.bytes(), checked.width(), checked.height(), marks);
	}

	private Logo raster(FileType format, byte[] bytes) {
		if (format == FileType.PNG) {
			int end = pngEnd(bytes);
			if (end > 0 && end < bytes.length) {
				throw RequestRefusedException.field(Refusal.Kind.INVALID, "logo", "The PNG logo carries "
						+ (bytes.length - end) + " bytes after the end of the image; export it again as a plain PNG.");
			}
		}
		return this.bulkhead.run(describe(format) + " logo", (onTimeout) -> {
			BufferedImage image = decode(format, bytes, onTimeout);
			if (format == FileType.JPEG) {
				image = ExifOrientation.apply(image, ExifOrientation.read(bytes));
			}
			BufferedImage argb = toArgb(image);
			return new Logo(format, bytes, png(argb), argb.getWidth(), argb.getHeight(),
					LogoMarks.of(argb, null, this.statements));
		});
	}

	private BufferedImage decode(FileType format, byte[] bytes, Consumer<Runnable> onTimeout) {
		String name = describe(format);
		try {
			BufferedImage image = RasterReader.read(bytes, this.maxEdge, this::checkPixels, onTimeout);
			if (image == null) {
				throw RequestRefusedException.field(Refusal.Kind.INVALID, "logo", "The " + name + " logo cannot be decoded.");
			}
			return image;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RequestRefusedException refused) {
				throw refused;
			}
			throw RequestRefusedException.field(Refusal.Kind.INVALID, "logo",
					"The " + name + " logo cannot be decoded; it may be damaged or truncated.");
		}
	}

	/** Every how many pixels a side of {@code width} x {@code height} is read so that it fits {@code maxEdge}. */
	public static int subsampling(int width, int height, int maxEdge) {
		int longest = Math.max(width, height);
		return Math.max(1, (longest + maxEdge - 1) / maxEdge);
	}

	private void checkPixels(double width, double height) {
		if (width * height > this.maxPixels) {
			throw RequestRefusedException.field(Refusal.Kind.INVALID, "logo",
					String.format(Locale.ROOT, "The logo is %.0f × %.0f pixels; at most %d megapixels are accepted.",
							width, height, this.maxPixels / 1_000_000));
		}
	}

	private static BufferedImage toArgb(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_ARGB) {
			return image;
		}
		BufferedImage argb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = argb.createGraphics();
		try {
			g.drawImage(image, 0, 0, null);
		}
		finally {
			g.dispose();
		}
		return argb;
	}

	private static byte[] png(BufferedImage image) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot encode a decoded logo as PNG", ex);
		}
	}

}
