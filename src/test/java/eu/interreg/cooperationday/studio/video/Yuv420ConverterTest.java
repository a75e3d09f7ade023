package eu.interreg.cooperationday.studio.video;

import java.nio.ByteBuffer;
import java.util.BitSet;
import java.util.Random;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Band-wise conversion gives, to the byte, what swscale gives for the whole frame. */
class Yuv420ConverterTest {

	@Test
	void aWholeFrameConvertedInBandsIsTheWholeFrameConverted() {
		byte[] frame = noise(1920, 1080, 1);
		try (Yuv420Converter converter = new Yuv420Converter(1920, 1080)) {
			converter.update(frame, all(0));
			assertThat(picture(converter)).isEqualTo(reference(frame, 1920, 1080));
			assertThat(converter.convertedRows()).isEqualTo(1080);
		}
	}

	@Test
	void onlyTheBandsThatChangedOrChangedBeforeAreConverted() {
		// 72 rows: four bands of 16 and a last one of 8
		int w = 64;
		int h = 72;
		byte[] background = noise(w, h, 2);
		try (Yuv420Converter converter = new Yuv420Converter(w, h)) {
			byte[] first = paint(background, w, 20, 37);
			converter.update(first, new Compositor.Change(0, false, false, bands(1, 2)));
			assertThat(picture(converter)).as("a new scene converts everything").isEqualTo(reference(first, w, h));
			assertThat(converter.convertedRows()).isEqualTo(72);

			byte[] second = paint(background, w, 40, 50);
			converter.update(second, new Compositor.Change(0, false, false, bands(2, 3)));
			assertThat(picture(converter)).as("band 1 goes back to the background").isEqualTo(reference(second, w, h));
			assertThat(converter.convertedRows()).isEqualTo(72 + 48);

			converter.update(background, new Compositor.Change(0, false, false, new BitSet()));
			assertThat(picture(converter)).isEqualTo(reference(background, w, h));
			assertThat(converter.convertedRows()).isEqualTo(72 + 48 + 32);

			byte[] untold = paint(background, w, 66, 70);
			converter.update(untold, new Compositor.Change(0, false, false, new BitSet()));
			assertThat(picture(converter)).as("a change it is not told of is not converted")
				.isEqualTo(reference(background, w, h)).isNotEqualTo(reference(untold, w, h));

			converter.update(untold, new Compositor.Change(0, false, true, null));
			assertThat(picture(converter)).as("a transition converts everything").isEqualTo(reference(untold, w, h));
			byte[] after = paint(background, w, 0, 3);
			converter.update(after, new Compositor.Change(0, false, false, bands(0)));
			assertThat(picture(converter)).as("and so does the frame after it").isEqualTo(reference(after, w, h));
		}
	}

	private static Compositor.Change all(int scene) {
		return new Compositor.Change(scene, false, true, null);
	}

	private static BitSet bands(int... indexes) {
		BitSet bands = new BitSet();
		for (int index : indexes) {
			bands.set(index);
		}
		return bands;
	}

	private static byte[] noise(int w, int h, long seed) {
		byte[] bytes = new byte[w * h * 3];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	/** The background with rows [from, to] inverted. */
	private static byte[] paint(byte[] background, int w, int from, int to) {
		byte[] frame = background.clone();
		for (int i = from * w * 3; i < (to + 1) * w * 3; i++) {
			frame[i] = (byte) ~frame[i];
		}
		return frame;
	}

	private static byte[] picture(Yuv420Converter converter) {
		ByteBuffer buffer = ((ByteBuffer) converter.frame().image[0]).duplicate();
		byte[] bytes = new byte[buffer.remaining()];
		buffer.get(bytes);
		return bytes;
	}

	private static byte[] reference(byte[] bgr, int w, int h) {
		SwsContext context = swscale.sws_getContext(w, h, avutil.AV_PIX_FMT_BGR24, w, h, avutil.AV_PIX_FMT_YUV420P,
				swscale.SWS_BILINEAR, null, null, (DoublePointer) null);
		try (BytePointer source = new BytePointer(bgr);
				BytePointer target = new BytePointer((long) w * h * 3 / 2);
				PointerPointer<BytePointer> sources = new PointerPointer<>(source, null, null, null);
				PointerPointer<BytePointer> targets = new PointerPointer<>(target, target.getPointer((long) w * h),
						target.getPointer((long) w * h * 5 / 4), null);
				IntPointer sourceStrides = new IntPointer(w * 3, 0, 0, 0);
				IntPointer targetStrides = new IntPointer(w, w / 2, w / 2, 0)) {
			swscale.sws_scale(context, sources, sourceStrides, 0, h, targets, targetStrides);
			byte[] bytes = new byte[w * h * 3 / 2];
			target.get(bytes);
			return bytes;
		}
		finally {
			swscale.sws_freeContext(context);
		}
	}

}
