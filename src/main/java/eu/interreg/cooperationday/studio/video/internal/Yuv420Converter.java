package eu.interreg.cooperationday.studio.video.internal;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacv.Frame;
import eu.interreg.cooperationday.studio.video.internal.Compositor;
import eu.interreg.cooperationday.studio.video.internal.Damage;

/**
 * Keeps the encoder's picture, YUV 4:2:0, up to date with the composed BGR frames, converting with
 * swscale (the conversion the recorder would make, to the byte) but only where the picture can have
 * changed. A frame's {@link Damage} says where its moving layers are; everywhere else the picture
 * still holds the scene's background from an earlier frame. A span is converted where the frame
 * differs from the background now or did in the frame before; a new scene or a transition converts
 * everything. Spans are cut at even rows and columns, so every 2x2 chroma block is converted whole,
 * exactly as it would be within the whole frame.
 */
final class Yuv420Converter implements AutoCloseable {

	/** Spans are widened to multiples of this many columns, which bounds the conversion contexts kept. */
	private static final int COLUMNS = 32;

	private final int width;

	private final int height;

	private final long lumaSize;

	/** Native BGR rows, laid out as the whole frame; only the rows being converted are copied in. */
	private final BytePointer bgr;

	/** The picture the encoder reads: Y, then U, then V, contiguous. */
	private final BytePointer yuv;

	private final Frame frame;

	/** Conversion contexts by span size: width in the high half, rows in the low half. */
	private final Map<Long, SwsContext> contexts = new HashMap<>();

	private final PointerPointer<?> source = new PointerPointer<>(4);

	private final PointerPointer<?> target = new PointerPointer<>(4);

	private final IntPointer sourceStrides;

	private final IntPointer targetStrides;

	/** Where the picture may differ from the background of {@link #scene}. */
	private Damage dirty;

	private int scene = -1;

	private long convertedPixels;

	Yuv420Converter(int width, int height) {
		if (width % 2 != 0 || height % 2 != 0) {
			throw new IllegalArgumentException("4:2:0 needs an even frame size, not " + width + "x" + height);
		}
		this.width = width;
		this.height = height;
		this.bgr = new BytePointer((long) width * height * 3);
		this.lumaSize = (long) width * height;
		long size = this.lumaSize * 3 / 2;
		this.yuv = new BytePointer(size);
		this.sourceStrides = new IntPointer(width * 3, 0, 0, 0);
		this.targetStrides = new IntPointer(width, width / 2, width / 2, 0);
		this.frame = new Frame();
		this.frame.imageWidth = width;
		this.frame.imageHeight = height;
		this.frame.imageDepth = Frame.DEPTH_UBYTE;
		this.frame.imageChannels = 1;
		this.frame.imageStride = width;
		ByteBuffer buffer = this.yuv.capacity(size).asByteBuffer();
		this.frame.image = new java.nio.Buffer[] { buffer };
		this.dirty = new Damage(width, height);
	}

	/** Brings the picture up to {@code pixels} (the whole BGR frame), which differs from it as {@code change} says. */
	void update(byte[] pixels, Compositor.Change change) {
		Damage convert;
		if (change.all() || change.scene() != this.scene) {
			convert = Damage.whole(this.width, this.height);
			// after a transition every pixel differs from the scene's background
			this.dirty = change.all() ? convert : change.damage();
			this.scene = change.scene();
		}
		else {
			convert = change.damage().union(this.dirty);
			this.dirty = change.damage();
		}
		for (int band = 0; band < convert.bands(); band++) {
			if (!convert.isEmpty(band)) {
				int left = convert.left(band) / COLUMNS * COLUMNS;
				int right = Math.min(this.width, (convert.right(band) + COLUMNS - 1) / COLUMNS * COLUMNS);
				convert(pixels, band * Damage.BAND, Math.min(Damage.BAND, this.height - band * Damage.BAND), left, right);
			}
		}
	}

	private void convert(byte[] pixels, int top, int rows, int left, int right) {
		int stride = this.width * 3;
		int from = top * stride + left * 3;
		int to = (top + rows - 1) * stride + right * 3;
		this.bgr.position(from).put(pixels, from, to - from).position(0);
		long chroma = (long) top / 2 * this.width / 2 + left / 2;
		this.source.put(0, this.bgr.getPointer(from));
		this.target.put(0, this.yuv.getPointer((long) top * this.width + left));
		this.target.put(1, this.yuv.getPointer(this.lumaSize + chroma));
		this.target.put(2, this.yuv.getPointer(this.lumaSize * 5 / 4 + chroma));
		swscale.sws_scale(context(right - left, rows), this.source, this.sourceStrides, 0, rows, this.target,
				this.targetStrides);
		this.convertedPixels += (long) (right - left) * rows;
	}

	private SwsContext context(int columns, int rows) {
		return this.contexts.computeIfAbsent(((long) columns << 32) | rows, (key) -> {
			SwsContext context = swscale.sws_getContext(columns, rows, avutil.AV_PIX_FMT_BGR24, columns, rows,
					avutil.AV_PIX_FMT_YUV420P, swscale.SWS_BILINEAR, null, null, (DoublePointer) null);
			if (context == null) {
				throw new IllegalStateException("swscale cannot convert " + columns + "x" + rows + " BGR to YUV 4:2:0");
			}
			return context;
		});
	}

	/** The picture, as a frame of pixel format {@link avutil#AV_PIX_FMT_YUV420P} for the recorder. */
	Frame frame() {
		return this.frame;
	}

	/** Pixels converted so far. */
	long convertedPixels() {
		return this.convertedPixels;
	}

	@Override
	public void close() {
		this.contexts.values().forEach(swscale::sws_freeContext);
		this.contexts.clear();
		for (Pointer pointer : new Pointer[] { this.source, this.target, this.sourceStrides, this.targetStrides, this.bgr,
				this.yuv }) {
			pointer.close();
		}
	}

}
