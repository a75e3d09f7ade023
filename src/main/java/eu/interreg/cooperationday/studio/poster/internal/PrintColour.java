package eu.interreg.cooperationday.studio.poster.internal;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DColorMapper;
import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DImageEncoder;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DLosslessImageEncoder;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Colour in a print poster as PDF/X-4 and PDF/A (with a CMYK output intent) allow it: never DeviceRGB.
 * Every colour the art is drawn in, and every RGB image, is ICC-based sRGB, which the printer's RIP
 * converts to the output intent's CMYK; nothing is converted here, so the file stays device-independent.
 */
final class PrintColour {

	private final PDICCBased srgb;

	PrintColour(PDDocument document) {
		try {
			COSStream profile = document.getDocument().createCOSStream();
			try (OutputStream out = profile.createOutputStream(COSName.FLATE_DECODE)) {
				out.write(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
			}
			profile.setInt(COSName.N, 3);
			COSArray space = new COSArray();
			space.add(COSName.ICCBASED);
			space.add(profile);
			this.srgb = PDICCBased.create(space, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The sRGB profile cannot be embedded", ex);
		}
	}

	/** Maps a Java colour to the same sRGB values in the ICC-based space. */
	IPdfBoxGraphics2DColorMapper colours() {
		return (color, env) -> {
			float[] rgb = color.getRGBColorComponents(null);
			return new PDColor(rgb, this.srgb);
		};
	}

	/** Encodes images losslessly, as the default does, and tags RGB ones with the sRGB profile. */
	IPdfBoxGraphics2DImageEncoder images() {
		PdfBoxGraphics2DLosslessImageEncoder lossless = new PdfBoxGraphics2DLosslessImageEncoder();
		return (document, stream, image, env) -> {
			PDImageXObject encoded = lossless.encodeImage(document, stream, image, env);
			try {
				if (encoded.getColorSpace() instanceof PDDeviceRGB) {
					encoded.setColorSpace(this.srgb);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return encoded;
		};
	}

}
