package eu.interreg.cooperationday.studio.programme.internal;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Reads the EXIF orientation of a JPEG (tag 0x0112 in IFD0 of the APP1 "Exif" segment) and applies it,
 * so a phone photo of a logo stands the right way up.
 */
public final class ExifOrientation {

	private ExifOrientation() {
	}

	/** @return 1..8 as EXIF defines it; 1 (as stored) when absent or unreadable */
	public static int read(byte[] jpeg) {
		int pos = 2;
		while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
			int marker = jpeg[pos + 1] & 0xFF;
			int length = u16(jpeg, pos + 2, true);
			if (marker == 0xDA || length < 2) {
				return 1;
			}
			if (marker == 0xE1 && pos + 10 <= jpeg.length && "Exif".equals(new String(jpeg, pos + 4, 4,
					java.nio.charset.StandardCharsets.US_ASCII))) {
				return fromTiff(jpeg, pos + 10, Math.min(jpeg.length, pos + 2 + length));
			}
			pos += 2 + length;
		}
		return 1;
	}

	private static int fromTiff(byte[] b, int tiff, int end) {
		if (tiff + 8 > end) {
			return 1;
		}
		boolean bigEndian = b[tiff] == 'M';
		int ifd = tiff + (int) u32(b, tiff + 4, bigEndian);
		if (ifd + 2 > end || ifd < tiff) {
			return 1;
		}
		int entries = u16(b, ifd, bigEndian);
		for (int i = 0; i < entries; i++) {
			int entry = ifd + 2 + i * 12;
			if (entry + 12 > end) {
				return 1;
			}
			if (u16(b, entry, bigEndian) == 0x0112) {
				int value = u16(b, entry + 8, bigEndian);
				return (value >= 1 && value <= 8) ? value : 1;
			}
		}
		return 1;
	}

	public static BufferedImage apply(BufferedImage image, int orientation) {
		if (orientation <= 1) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		boolean swap = orientation >= 5;
		AffineTransform t = new AffineTransform();
		switch (orientation) {
			case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
			case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
			case 4 -> { t.translate(0, h); t.scale(1, -1); }
			case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
			case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
			case 7 -> t.setTransform(0, -1, -1, 0, h, w);
			case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
			default -> { }
		}
		BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = out.createGraphics();
		try {
			g.drawImage(image, t, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	private static int u16(byte[] b, int at, boolean bigEndian) {
		return bigEndian ? ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF) : ((b[at + 1] & 0xFF) << 8) | (b[at] & 0xFF);
	}

	private static long u32(byte[] b, int at, boolean bigEndian) {
		return bigEndian ? ((long) u16(b, at, true) << 16) | u16(b, at + 2, true)
				: ((long) u16(b, at + 2, false) << 16) | u16(b, at, false);
	}

}
