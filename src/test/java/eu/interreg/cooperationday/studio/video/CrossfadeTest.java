package eu.interreg.cooperationday.studio.video;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import eu.interreg.cooperationday.studio.video.internal.Compositor;

/** The eight-bytes-at-a-time crossfade is the plain per-byte mix, to the byte. */
class CrossfadeTest {

	@Test
	void everyByteIsTheWeightedMeanOfItsTwoSources() {
		Random random = new Random(5);
		// 8k + 5 bytes: whole longs and a tail
		for (double progress : new double[] { 0, 0.001, 0.25, 0.5, 0.73, 0.999, 1 }) {
			byte[] before = new byte[8 * 1000 + 5];
			byte[] after = new byte[before.length];
			random.nextBytes(before);
			random.nextBytes(after);
			before[0] = (byte) 255;
			after[0] = (byte) 255;
			before[1] = 0;
			after[1] = (byte) 255;
			int a = (int) Math.round(progress * 256);
			byte[] expected = new byte[after.length];
			for (int i = 0; i < after.length; i++) {
				expected[i] = (byte) (((before[i] & 0xFF) * (256 - a) + (after[i] & 0xFF) * a) >> 8);
			}
			Compositor.crossfade(before, after, progress);
			assertThat(after).as("progress " + progress).isEqualTo(expected);
		}
	}

}
