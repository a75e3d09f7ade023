package eu.interreg.cooperationday.studio.video;

import java.nio.ByteBuffer;
import java.util.BitSet;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacv.Frame;

/**
 * Keeps the encoder's picture, YUV 4:2:0, up to date with the composed BGR frames, converting with
 * swscale (the conversion the recorder would make, to the byte) but only the bands of rows that can
 * have changed: a frame's moving layers touch some bands; the rest still hold the scene's background
 * from an earlier frame. A band is converted when it differs from the background now or did in the
 * frame before; a new scene or a transition converts everything. Bands are 16 rows, so each 2x2
 * chroma block lies inside one band and a band converts exactly as it would within the whole frame.
 */
final class Yuv420Converter implements AutoCloseable {

	static final int BAND = 16;

	private final int width;

	private final int height;

	private final int bandCount;

	/** Native BGR rows, laid out as the whole frame; only the rows being converted are copied in. */
	private final BytePointer bgr;

	/** The picture the encoder reads: Y, then U, then V, contiguous. */
	private final BytePointer yuv;

	private final Frame frame;

	private final SwsContext bandContext;

	private final SwsContext lastBandContext;

	private final PointerPointer<?>[] sources;

	private final PointerPointer<?>[] targets;

	private final IntPointer sourceStrides;

	private final IntPointer targetStrides;

	/** Bands of the picture that may differ from the background of {@link #scene}. */
	private BitSet dirty = new BitSet();

	private int scene = -1;

	private long convertedRows;

	Yuv420Converter(int width, int height) {
		if (width % 2 != 0 || height % 2 != 0) {
			throw new IllegalArgumentException("4:2:0 needs an even frame size, not " + width + "x" + height);
		}
		this.width = width;
		this.height = height;
		this.bandCount = (height + BAND - 1) / BAND;
		this.bgr = new BytePointer((long) width * height * 3);
		long lumaSize = (long) width * height;
		long chromaSize = lumaSize / 4;
		this.yuv = new BytePointer(lumaSize + 2 * chromaSize);
		this.bandContext = context(BAND);
		int last = height - (this.bandCount - 1) * BAND;
		this.lastBandContext = (last == BAND) ? this.bandContext : context(last);
		this.sources = new PointerPointer<?>[this.bandCount];
		this.targets = new PointerPointer<?>[this.bandCount];
		for (int b = 0; b < this.bandCount; b++) {
			long row = (long) b * BAND;
			this.sources[b] = new PointerPointer<>(this.bgr.getPointer(row * width * 3), null, null, null);
			this.targets[b] = new PointerPointer<>(this.yuv.getPointer(row * width),
					this.yuv.getPointer(lumaSize + row / 2 * width / 2),
					this.yuv.getPointer(lumaSize + chromaSize + row / 2 * width / 2), null);
		}
		this.sourceStrides = new IntPointer(width * 3, 0, 0, 0);
		this.targetStrides = new IntPointer(width, width / 2, width / 2, 0);
		this.frame = new Frame();
		this.frame.imageWidth = width;
		this.frame.imageHeight = height;
		this.frame.imageDepth = Frame.DEPTH_UBYTE;
		this.frame.imageChannels = 1;
		this.frame.imageStride = width;
		ByteBuffer buffer = this.yuv.capacity(lumaSize + 2 * chromaSize).asByteBuffer();
		this.frame.image = new java.nio.Buffer[] { buffer };
	}

	private SwsContext context(int rows) {
		SwsContext context = swscale.sws_getContext(this.width, rows, avutil.AV_PIX_FMT_BGR24, this.width, rows,
				avutil.AV_PIX_FMT_YUV420P, swscale.SWS_BILINEAR, null, null, (DoublePointer) null);
		if (context == null) {
			throw new IllegalStateException("swscale cannot convert " + this.width + "x" + rows + " BGR to YUV 4:2:0");
		}
		return context;
	}

	/** Brings the picture up to {@code pixels} (the whole BGR frame), which differs from it as {@code change} says. */
	void update(byte[] pixels, Compositor.Change change) {
		BitSet convert;
		if (change.all() || change.scene() != this.scene) {
			convert = new BitSet(this.bandCount);
			convert.set(0, this.bandCount);
			// after a transition every band differs from the scene's background
			this.dirty = change.all() ? convert : change.bands();
			this.scene = change.scene();
		}
		else {
			convert = (BitSet) change.bands().clone();
			convert.or(this.dirty);
			this.dirty = change.bands();
		}
		for (int b = convert.nextSetBit(0); b >= 0 && b < this.bandCount; b = convert.nextSetBit(b + 1)) {
			convertBand(pixels, b);
		}
	}

	private void convertBand(byte[] pixels, int band) {
		int firstRow = band * BAND;
		int rows = Math.min(BAND, this.height - firstRow);
		int offset = firstRow * this.width * 3;
		this.bgr.position(offset).put(pixels, offset, rows * this.width * 3).position(0);
		SwsContext context = (rows == BAND) ? this.bandContext : this.lastBandContext;
		swscale.sws_scale(context, this.sources[band], this.sourceStrides, 0, rows, this.targets[band],
				this.targetStrides);
		this.convertedRows += rows;
	}

	/** The picture, as a frame of pixel format {@link avutil#AV_PIX_FMT_YUV420P} for the recorder. */
	Frame frame() {
		return this.frame;
	}

	/** Rows converted so far. */
	long convertedRows() {
		return this.convertedRows;
	}

	@Override
	public void close() {
		swscale.sws_freeContext(this.bandContext);
		if (this.lastBandContext != this.bandContext) {
			swscale.sws_freeContext(this.lastBandContext);
		}
		for (int b = 0; b < this.bandCount; b++) {
			this.sources[b].close();
			this.targets[b].close();
		}
		for (Pointer pointer : new Pointer[] { this.sourceStrides, this.targetStrides, this.bgr, this.yuv }) {
			pointer.close();
		}
	}

}
