package eu.interreg.cooperationday.studio.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import eu.interreg.cooperationday.studio.brand.BrandKit;

/** Inputs made in code for tests: logos of each kind, the brand kit from the repository. */
public final class Fixtures {

	private Fixtures() {
	}

	public static BrandKit brand() {
		return BrandKit.load(Path.of("brand-assets"));
	}

	/** A two-colour logo: a filled circle and a bar, with transparency around them. */
	public static BufferedImage logoImage(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D g = image.createGraphics();
		try {
			if (type != BufferedImage.TYPE_INT_ARGB) {
				g.setColor(Color.WHITE);
				g.fillRect(0, 0, width, height);
			}
			g.setColor(new Color(0x1E, 0x88, 0xE5));
			g.fillOval(width / 10, height / 10, height * 8 / 10, height * 8 / 10);
			g.setColor(new Color(0xE5, 0x39, 0x35));
			g.fillRect(width / 2, height / 3, width * 4 / 10, height / 3);
		}
		finally {
			g.dispose();
		}
		return image;
	}

	public static byte[] png(int width, int height) {
		return encode(logoImage(width, height, BufferedImage.TYPE_INT_ARGB), "png");
	}

	public static byte[] jpeg(int width, int height) {
		return encode(logoImage(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
	}

	public static byte[] encode(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No writer for " + format);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] svg() {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100" width="300" height="100">
				  <rect x="0" y="0" width="100" height="100" rx="20" fill="#2E7D32"/>
				  <circle cx="200" cy="50" r="45" fill="#F9A825"/>
				</svg>
				""".getBytes(StandardCharsets.UTF_8);
	}

	public static BufferedImage read(byte[] bytes) {
		try {
			return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}


	/** A zip archive of the given entries, in the given order. */
	public static byte[] zip(java.util.Map<String, byte[]> entries) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
			for (java.util.Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new java.util.zip.ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
