package eu.interreg.cooperationday.studio.video.internal;

/**
 * Integrated loudness of stereo audio at 48 kHz, after ITU-R BS.1770-4 / EBU R 128: K-weighting (a
 * high shelf, then a high pass), mean square over 400 ms blocks overlapping by 75 %, an absolute gate
 * at -70 LUFS and a relative gate 10 LU below the ungated level.
 */
public final class Loudness {

	public static final int SAMPLE_RATE = 48_000;

	private Loudness() {
	}

	/** @return integrated loudness in LUFS; {@code -Infinity} for silence */
	public static double integrated(float[] left, float[] right) {
		double[] kl = kWeighted(left);
		double[] kr = kWeighted(right);
		int block = SAMPLE_RATE * 400 / 1000;
		int hop = block / 4;
		int count = kl.length < block ? 0 : (kl.length - block) / hop + 1;
		double[] powers = new double[count];
		for (int b = 0; b < count; b++) {
			double sum = 0;
			for (int i = b * hop; i < b * hop + block; i++) {
				sum += kl[i] * kl[i] + kr[i] * kr[i];
			}
			powers[b] = sum / block;
		}
		double absolute = gatedMean(powers, power(-70));
		if (Double.isNaN(absolute)) {
			return Double.NEGATIVE_INFINITY;
		}
		double relativeGate = power(lufs(absolute) - 10);
		double gated = gatedMean(powers, Math.max(power(-70), relativeGate));
		return Double.isNaN(gated) ? Double.NEGATIVE_INFINITY : lufs(gated);
	}

	private static double gatedMean(double[] powers, double gate) {
		double sum = 0;
		int n = 0;
		for (double p : powers) {
			if (p > gate) {
				sum += p;
				n++;
			}
		}
		return n == 0 ? Double.NaN : sum / n;
	}

	private static double lufs(double power) {
		return -0.691 + 10 * Math.log10(power);
	}

	private static double power(double lufs) {
		return Math.pow(10, (lufs + 0.691) / 10);
	}

	/** The two K-weighting biquads, with the BS.1770 coefficients for 48 kHz. */
	private static double[] kWeighted(float[] input) {
		double[] stage1 = biquad(input, new double[] { 1.53512485958697, -2.69169618940638, 1.19839281085285 },
				new double[] { -1.69065929318241, 0.73248077421585 });
		return biquad(stage1, new double[] { 1.0, -2.0, 1.0 }, new double[] { -1.99004745483398, 0.99007225036621 });
	}

	private static double[] biquad(float[] x, double[] b, double[] a) {
		double[] in = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			in[i] = x[i];
		}
		return biquad(in, b, a);
	}

	private static double[] biquad(double[] x, double[] b, double[] a) {
		double[] y = new double[x.length];
		double x1 = 0;
		double x2 = 0;
		double y1 = 0;
		double y2 = 0;
		for (int i = 0; i < x.length; i++) {
			double out = b[0] * x[i] + b[1] * x1 + b[2] * x2 - a[0] * y1 - a[1] * y2;
			x2 = x1;
			x1 = x[i];
			y2 = y1;
			y1 = out;
			y[i] = out;
		}
		return y;
	}

}
