package eu.interreg.cooperationday.studio.video.internal;

import java.awt.Rectangle;
import java.util.Arrays;

/**
 * Where a frame may differ from its scene's background: for each band of {@link #BAND} rows, one span
 * of columns {@code [left, right)}, empty when {@code left >= right}. Conservative by design: a span
 * covers every pixel a moving layer may touch, and adding only ever widens it.
 */
public final class Damage {

	/** Rows per band: even, so each 2x2 chroma block of a 4:2:0 picture lies inside one band. */
	public static final int BAND = 16;

	private final int width;

	private final int height;

	private final int[] left;

	private final int[] right;

	public Damage(int width, int height) {
		this.width = width;
		this.height = height;
		int bands = (height + BAND - 1) / BAND;
		this.left = new int[bands];
		this.right = new int[bands];
		Arrays.fill(this.left, width);
	}

	/** Every pixel of the frame. */
	static Damage whole(int width, int height) {
		Damage damage = new Damage(width, height);
		damage.add(new Rectangle(0, 0, width, height));
		return damage;
	}

	/** Adds the part of {@code area} that lies on the frame. */
	void add(Rectangle area) {
		int x0 = Math.max(0, area.x);
		int x1 = Math.min(this.width, area.x + area.width);
		int y0 = Math.max(0, area.y);
		int y1 = Math.min(this.height, area.y + area.height);
		if (x0 >= x1 || y0 >= y1) {
			return;
		}
		for (int band = y0 / BAND; band <= (y1 - 1) / BAND; band++) {
			this.left[band] = Math.min(this.left[band], x0);
			this.right[band] = Math.max(this.right[band], x1);
		}
	}

	/** The damage of both, band by band (a band's span covers both spans and what lies between). */
	Damage union(Damage other) {
		Damage union = new Damage(this.width, this.height);
		for (int band = 0; band < this.left.length; band++) {
			union.left[band] = Math.min(this.left[band], other.left[band]);
			union.right[band] = Math.max(this.right[band], other.right[band]);
		}
		return union;
	}

	/** Copies what this damage covers from one 3-byte frame buffer to another. */
	void copy(byte[] from, byte[] to, int width, int height) {
		int stride = width * 3;
		for (int band = 0; band < this.left.length; band++) {
			if (isEmpty(band)) {
				continue;
			}
			int length = (this.right[band] - this.left[band]) * 3;
			for (int y = band * BAND; y < Math.min(height, (band + 1) * BAND); y++) {
				int offset = y * stride + this.left[band] * 3;
				System.arraycopy(from, offset, to, offset, length);
			}
		}
	}

	int bands() {
		return this.left.length;
	}

	public boolean isEmpty(int band) {
		return this.left[band] >= this.right[band];
	}

	public int left(int band) {
		return this.left[band];
	}

	public int right(int band) {
		return this.right[band];
	}

}
