package eu.interreg.cooperationday.studio.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Small files that cost a lot to read, as an attacker makes them: SVGs that expand to millions of nodes
 * and PNGs that declare (and hold) tens of megapixels in a few hundred kilobytes.
 */
public final class HostileFiles {

	private HostileFiles() {
	}

	/**
	 * An SVG of {@code levels} levels of {@code <use>}, each using the level below {@code fanOut} times:
	 * {@code fanOut^levels} nodes once expanded (seven levels of ten: 10^7, in about 2 KB).
	 */
	public static byte[] nestedUseSvg(int levels, int fanOut) {
		StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'"
				+ " viewBox='0 0 100 100'><defs><rect id='l0' width='1' height='1' fill='#039'/>");
		for (int level = 1; level <= levels; level++) {
			svg.append("<g id='l").append(level).append("'>");
			for (int i = 0; i < fanOut; i++) {
				svg.append("<use xlink:href='#l").append(level - 1).append("'/>");
			}
			svg.append("</g>");
		}
		svg.append("</defs><use xlink:href='#l").append(levels).append("'/></svg>");
		return svg.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The same growth through patterns: each pattern paints {@code fanOut} rectangles with the pattern of
	 * the level below.
	 */
	public static byte[] nestedPatternSvg(int levels, int fanOut) {
		StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 100'><defs>"
				+ "<pattern id='p0' width='1' height='1' patternUnits='userSpaceOnUse'><rect width='1' height='1' fill='#fc0'/></pattern>");
		for (int level = 1; level <= levels; level++) {
			svg.append("<pattern id='p").append(level).append("' width='10' height='10' patternUnits='userSpaceOnUse'>");
			for (int i = 0; i < fanOut; i++) {
				svg.append("<rect x='").append(i).append("' width='1' height='10' fill='url(#p").append(level - 1).append(")'/>");
			}
			svg.append("</pattern>");
		}
		svg.append("</defs><rect width='100' height='100' fill='url(#p").append(levels).append(")'/></svg>");
		return svg.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A real {@code width} x {@code height} RGBA PNG, every pixel transparent, written row by row so that
	 * making it needs no image in memory; it deflates to about a thousandth of its pixels' bytes.
	 */
	public static byte[] blankPng(int width, int height) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
			ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
			writeInt(ihdr, width);
			writeInt(ihdr, height);
			ihdr.writeBytes(new byte[] { 8, 6, 0, 0, 0 });
			chunk(out, "IHDR", ihdr.toByteArray());
			ByteArrayOutputStream idat = new ByteArrayOutputStream();
			Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
			try (DeflaterOutputStream deflate = new DeflaterOutputStream(idat, deflater, 64 * 1024)) {
				byte[] row = new byte[1 + width * 4];
				for (int y = 0; y < height; y++) {
					deflate.write(row);
				}
			}
			finally {
				deflater.end();
			}
			chunk(out, "IDAT", idat.toByteArray());
			chunk(out, "IEND", new byte[0]);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		writeInt(out, data.length);
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		writeInt(out, (int) crc.getValue());
	}

	private static void writeInt(ByteArrayOutputStream out, int value) {
		out.writeBytes(new byte[] { (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value });
	}

}
