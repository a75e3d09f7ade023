package eu.interreg.cooperationday.studio.brand;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** A QR code drawn as vector squares (sharp in print at any size), on white with a quiet zone: posters, the guide. */
public final class QrCode {

	private static final int QUIET_ZONE_MODULES = 2;

	private QrCode() {
	}

	public static void paint(Graphics2D g, String text, Rectangle2D box) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode a QR code for " + text, ex);
		}
		int modules = matrix.getWidth() + 2 * QUIET_ZONE_MODULES;
		double side = Math.min(box.getWidth(), box.getHeight());
		double module = side / modules;
		double x0 = box.getX() + (box.getWidth() - side) / 2;
		double y0 = box.getY() + (box.getHeight() - side) / 2;
		g.setColor(Color.WHITE);
		g.fill(new Rectangle2D.Double(x0, y0, side, side));
		Path2D.Double dark = new Path2D.Double();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					dark.append(new Rectangle2D.Double(x0 + (x + QUIET_ZONE_MODULES) * module,
							y0 + (y + QUIET_ZONE_MODULES) * module, module, module), false);
				}
			}
		}
		g.setColor(Color.BLACK);
		g.fill(dark);
	}

}
