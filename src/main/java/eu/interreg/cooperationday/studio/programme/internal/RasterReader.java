package eu.interreg.cooperationday.studio.programme.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.function.Consumer;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** How the door reads a raster file from outside, logo or photo: measured first, then read subsampled. */
public final class RasterReader {

	private RasterReader() {
	}

	/**
	 * Reads the first image of a raster file: measured from its header before any pixel is decoded
	 * ({@code measure} may refuse it), then read subsampled to at most {@code maxEdge} a side, abortable by
	 * {@code onTimeout}. Null when no reader knows the bytes (logos and competition photos read alike).
	 */
	public static BufferedImage read(byte[] bytes, int maxEdge, java.util.function.BiConsumer<Integer, Integer> measure,
			Consumer<Runnable> onTimeout) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				measure.accept(width, height);
				ImageReadParam param = reader.getDefaultReadParam();
				int step = LogoIntake.subsampling(width, height, maxEdge);
				if (step > 1) {
					param.setSourceSubsampling(step, step, 0, 0);
				}
				onTimeout.accept(reader::abort);
				BufferedImage image = reader.read(0, param);
				if (image == null) {
					throw new IOException("no image");
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
	}

}
