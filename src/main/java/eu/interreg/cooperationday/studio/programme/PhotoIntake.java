package eu.interreg.cooperationday.studio.programme;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.springframework.util.unit.DataSize;

import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.programme.internal.DecodeBulkhead;
import eu.interreg.cooperationday.studio.programme.internal.ExifOrientation;
import eu.interreg.cooperationday.studio.programme.internal.LogoIntake;
import eu.interreg.cooperationday.studio.programme.internal.RasterReader;
import eu.interreg.cooperationday.studio.system.FileType;

/**
 * Takes a photo from outside (JPEG, PNG or WebP, known by its bytes) and gives back one the studio may
 * publish: decoded within the logos' budgets (its pixels measured from its header first, read subsampled,
 * in a turn of the same bulkhead), turned upright as its EXIF says, at most {@code edge} pixels a side, and
 * encoded again as a plain JPEG. Nothing of the original file travels on: no EXIF, no GPS position, no
 * camera, no comments.
 */
public final class PhotoIntake {

	/** A photo as published: a JPEG without metadata, and its size. */
	public record Photo(byte[] jpeg, int width, int height) {
	}

	private final long maxBytes;

	private final long maxPixels;

	private final int edge;

	private final DecodeBulkhead bulkhead;

	public PhotoIntake(long maxBytes, long maxPixels, int edge, DecodeBulkhead bulkhead) {
		this.maxBytes = maxBytes;
		this.maxPixels = maxPixels;
		this.edge = edge;
		this.bulkhead = bulkhead;
	}

	/**
	 * @param field the form field named in a refusal
	 * @throws RequestRefusedException (422 or 413) naming what is wrong with the file
	 */
	public Photo intake(String field, byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw RequestRefusedException.field(Refusal.Kind.INVALID, field, "The photo file is empty.");
		}
		if (bytes.length > this.maxBytes) {
			throw RequestRefusedException.field(Refusal.Kind.TOO_LARGE, field,
					"The photo is larger than " + UploadLimits.describe(DataSize.ofBytes(this.maxBytes)) + ".");
		}
		FileType type = LogoIntake.sniff(bytes);
		boolean webp = isWebp(bytes);
		if (!webp && type != FileType.JPEG && type != FileType.PNG) {
			String other = LogoIntake.otherType(bytes);
			throw RequestRefusedException.field(Refusal.Kind.UNSUPPORTED_TYPE, field,
					(other == null ? "" : "The photo is a " + other + " file. ") + "A photo must be a JPEG, PNG or WebP file.");
		}
		return this.bulkhead.run("photo", (onTimeout) -> {
			BufferedImage image = decode(field, bytes, onTimeout);
			if (type == FileType.JPEG) {
				image = ExifOrientation.apply(image, ExifOrientation.read(bytes));
			}
			BufferedImage fitted = fit(image, this.edge);
			return new Photo(jpeg(fitted), fitted.getWidth(), fitted.getHeight());
		});
	}

	static boolean isWebp(byte[] b) {
		return b.length >= 12 && new String(b, 0, 4, StandardCharsets.ISO_8859_1).equals("RIFF")
				&& new String(b, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP");
	}

	private BufferedImage decode(String field, byte[] bytes, java.util.function.Consumer<Runnable> onTimeout) {
		try {
			// read at most twice the published edge, then scaled down smoothly
			BufferedImage image = RasterReader.read(bytes, 2 * this.edge, (width, height) -> {
				if ((double) width * height > this.maxPixels) {
					throw RequestRefusedException.field(Refusal.Kind.INVALID, field, String.format(Locale.ROOT,
							"The photo is %d × %d pixels; at most %d megapixels are accepted.", width, height,
							this.maxPixels / 1_000_000));
				}
			}, onTimeout);
			if (image == null) {
				throw new IOException("no reader");
			}
			return image;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RequestRefusedException refused) {
				throw refused;
			}
			throw RequestRefusedException.field(Refusal.Kind.INVALID, field,
					"The photo cannot be decoded; it may be damaged or truncated.");
		}
	}

	/** The image at most {@code edge} a side, opaque (transparency on white), in halving steps for a smooth result. */
	static BufferedImage fit(BufferedImage image, int edge) {
		int width = image.getWidth();
		int height = image.getHeight();
		double scale = Math.min(1.0, (double) edge / Math.max(width, height));
		int targetWidth = Math.max(1, (int) Math.round(width * scale));
		int targetHeight = Math.max(1, (int) Math.round(height * scale));
		BufferedImage current = image;
		do {
			int w = Math.max(targetWidth, current.getWidth() / 2);
			int h = Math.max(targetHeight, current.getHeight() / 2);
			if (current != image && w == current.getWidth() && h == current.getHeight()) {
				break;
			}
			BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = next.createGraphics();
			try {
				g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
				g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
				g.setColor(Color.WHITE);
				g.fillRect(0, 0, w, h);
				g.drawImage(current, 0, 0, w, h, null);
			}
			finally {
				g.dispose();
			}
			current = next;
		}
		while (current.getWidth() > targetWidth || current.getHeight() > targetHeight);
		return current;
	}

	/** A baseline JFIF JPEG of the pixels alone (the writer is given no metadata to carry). */
	private static byte[] jpeg(BufferedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.86f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
