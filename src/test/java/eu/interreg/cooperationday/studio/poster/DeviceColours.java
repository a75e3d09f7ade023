package eu.interreg.cooperationday.studio.poster;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;

/**
 * Where a page uses DeviceRGB, which PDF/X-4 forbids: the rg/RG operators of its content and of every form
 * it draws, and the colour spaces of its images, shadings and named colour spaces, all the way down.
 */
final class DeviceColours {

	private DeviceColours() {
	}

	static void find(PDPage page, List<String> found) throws IOException {
		walk("page", page, page.getResources(), found);
	}

	private static void walk(String where, PDContentStream content, PDResources resources, List<String> found)
			throws IOException {
		for (Object token : new PDFStreamParser(content).parse()) {
			if (token instanceof Operator operator && (operator.getName().equals("rg") || operator.getName().equals("RG"))) {
				found.add(where + ": " + operator.getName());
			}
		}
		if (resources == null) {
			return;
		}
		for (COSName name : resources.getColorSpaceNames()) {
			if (resources.getColorSpace(name) instanceof PDDeviceRGB) {
				found.add(where + ": colour space " + name.getName());
			}
		}
		for (COSName name : resources.getShadingNames()) {
			PDShading shading = resources.getShading(name);
			if (shading.getColorSpace() instanceof PDDeviceRGB) {
				found.add(where + ": shading " + name.getName());
			}
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject object = resources.getXObject(name);
			if (object instanceof PDImageXObject image && image.getColorSpace() instanceof PDDeviceRGB) {
				found.add(where + ": image " + name.getName());
			}
			if (object instanceof PDFormXObject form) {
				walk(where + "/" + name.getName(), form, form.getResources(), found);
			}
		}
	}

}
