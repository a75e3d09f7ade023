package eu.interreg.cooperationday.studio.video.internal;

import java.awt.Rectangle;
import java.nio.ByteBuffer;
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
import eu.interreg.cooperationday.studio.video.internal.Compositor;
import eu.interreg.cooperationday.studio.video.internal.Damage;
import eu.interreg.cooperationday.studio.video.internal.Yuv420Converter;

/** Band-wise conversion gives, to the byte, what swscale gives for the whole frame. */
class Yuv420ConverterTest {

	@Test
	void aWholeFrameConvertedInBandsIsTheWholeFrameConverted() {
		byte[] frame = noise(1920, 1080, 1);
		try (Yuv420Converter converter = new Yuv420Converter(1920, 1080)) {
			converter.update(frame, all(0));
			assertThat(picture(converter)).isEqualTo(reference(frame, 1920, 1080));
			assertThat(converter.convertedPixels()).isEqualTo(1920 * 1080);
		}
	}

	@Test
	void onlyWhatChangedOrChangedBeforeIsConverted() {
		// 72 rows: four bands of 16 and a last one of 8
		int w = 96;
		int h = 72;
		byte[] background = noise(w, h, 2);
		try (Yuv420Converter converter = new Yuv420Converter(w, h)) {
			Rectangle a = new Rectangle(40, 20, 30, 18);
			byte[] first = paint(background, w, a);
			converter.update(first, change(w, h, a));
			assertThat(picture(converter)).as("a new scene converts everything").isEqualTo(reference(first, w, h));
			assertThat(converter.convertedPixels()).isEqualTo(w * h);

			Rectangle b = new Rectangle(2, 40, 20, 11);
			byte[] second = paint(background, w, b);
			converter.update(second, change(w, h, b));
			assertThat(picture(converter)).as("the first area goes back to the background")
				.isEqualTo(reference(second, w, h));
			// bands 1 and 2 (a), 2 and 3 (b), in 32-column steps: band 1 [32, 96), band 2 [0, 96), band 3 [0, 32)
			assertThat(converter.convertedPixels()).isEqualTo(w * h + 16 * (64 + 96 + 32));

			converter.update(background, change(w, h));
			assertThat(picture(converter)).isEqualTo(reference(background, w, h));

			Rectangle untold = new Rectangle(10, 66, 6, 4);
			byte[] unannounced = paint(background, w, untold);
			converter.update(unannounced, change(w, h));
			assertThat(picture(converter)).as("a change it is not told of is not converted")
				.isEqualTo(reference(background, w, h)).isNotEqualTo(reference(unannounced, w, h));

			converter.update(unannounced, new Compositor.Change(0, false, true, null));
			assertThat(picture(converter)).as("a transition converts everything").isEqualTo(reference(unannounced, w, h));
			Rectangle c = new Rectangle(0, 0, 4, 4);
			byte[] after = paint(background, w, c);
			converter.update(after, change(w, h, c));
			assertThat(picture(converter)).as("and so does the frame after it").isEqualTo(reference(after, w, h));
		}
	}

	@Test
	void anySequenceOfMovingAreasEndsInTheFrameConverted() {
		int w = 320;
		int h = 180;
		byte[] background = noise(w, h, 3);
		Random random = new Random(4);
		try (Yuv420Converter converter = new Yuv420Converter(w, h)) {
			for (int n = 0; n < 200; n++) {
				Rectangle[] areas = new Rectangle[random.nextInt(4)];
				for (int i = 0; i < areas.length; i++) {
					// some reach past the frame's edges
					areas[i] = new Rectangle(random.nextInt(w + 40) - 20, random.nextInt(h + 40) - 20, 1 + random.nextInt(w / 2),
							1 + random.nextInt(h / 2));
				}
				byte[] frame = paint(background, w, areas);
				converter.update(frame, change(w, h, areas));
				assertThat(picture(converter)).as("frame " + n).isEqualTo(reference(frame, w, h));
			}
			assertThat(converter.convertedPixels()).isLessThan(200L * w * h);
		}
	}

	private static Compositor.Change change(int w, int h, Rectangle... areas) {
		Damage damage = new Damage(w, h);
		for (Rectangle area : areas) {
			damage.add(area);
		}
		return new Compositor.Change(0, false, false, damage);
	}

	private static Compositor.Change all(int scene) {
		return new Compositor.Change(scene, false, true, null);
	}

	private static byte[] noise(int w, int h, long seed) {
		byte[] bytes = new byte[w * h * 3];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	/** The background with the areas inverted (what lies on the frame of them). */
	private static byte[] paint(byte[] background, int w, Rectangle... areas) {
		byte[] frame = background.clone();
		int h = background.length / 3 / w;
		for (Rectangle area : areas) {
			Rectangle on = area.intersection(new Rectangle(0, 0, w, h));
			for (int y = on.y; y < on.y + on.height; y++) {
				for (int i = (y * w + on.x) * 3; i < (y * w + on.x + on.width) * 3; i++) {
					frame[i] = (byte) ~background[i];
				}
			}
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
