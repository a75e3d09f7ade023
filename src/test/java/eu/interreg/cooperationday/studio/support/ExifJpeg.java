package eu.interreg.cooperationday.studio.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import javax.imageio.ImageIO;

/**
 * JPEG photos as a phone writes them: an EXIF segment (APP1) with an orientation and a GPS position
 * (latitude and longitude), before the picture. For tests that what the studio publishes carries none of it.
 */
public final class ExifJpeg {

	private ExifJpeg() {
	}

	/** A {@code width}×{@code height} photo (left half blue, right half amber) with EXIF orientation and GPS. */
	public static byte[] withGps(int width, int height, int orientation) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x00, 0x33, 0x99));
		g.fillRect(0, 0, width / 2, height);
		g.setColor(new Color(0xF5, 0x9E, 0x0B));
		g.fillRect(width / 2, 0, width - width / 2, height);
		g.dispose();
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpeg", plain);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] jpeg = plain.toByteArray();
		byte[] exif = exif(orientation);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2); // SOI
		out.write(0xFF);
		out.write(0xE1);
		out.write((exif.length + 2) >> 8);
		out.write((exif.length + 2) & 0xFF);
		out.writeBytes(exif);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/** "Exif\0\0" and a little-endian TIFF: IFD0 (orientation, GPS pointer) and a GPS IFD at 51.5074 N, 0.1278 W-ish. */
	private static byte[] exif(int orientation) {
		ByteBuffer b = ByteBuffer.allocate(6 + 140).order(ByteOrder.LITTLE_ENDIAN);
		b.put(new byte[] { 'E', 'x', 'i', 'f', 0, 0 });
		int base = b.position();
		b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
		// IFD0 at 8: two entries
		b.putShort((short) 2);
		b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
		b.putInt(0);
		// GPS IFD at 38: four entries, rationals at 92 and 116
		b.putShort((short) 4);
		b.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		b.putShort((short) 2).putShort((short) 5).putInt(3).putInt(92);
		b.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
		b.putShort((short) 4).putShort((short) 5).putInt(3).putInt(116);
		b.putInt(0);
		for (int[] r : new int[][] { { 51, 1 }, { 30, 1 }, { 2664, 100 }, { 6, 1 }, { 7, 1 }, { 4080, 100 } }) {
			b.putInt(r[0]).putInt(r[1]);
		}
		if (b.position() - base != 140) {
			throw new IllegalStateException("EXIF layout is " + (b.position() - base));
		}
		return b.array();
	}

	/** Whether a JPEG has an APP1 segment (EXIF or XMP) before its picture. */
	public static boolean hasApp1(byte[] jpeg) {
		int pos = 2;
		while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
			int marker = jpeg[pos + 1] & 0xFF;
			if (marker == 0xE1) {
				return true;
			}
			if (marker == 0xDA) {
				return false;
			}
			pos += 2 + (((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF));
		}
		return false;
	}

}
