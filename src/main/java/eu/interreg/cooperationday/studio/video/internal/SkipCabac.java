package eu.interreg.cooperationday.studio.video.internal;

import eu.interreg.cooperationday.studio.video.internal.Rbsp;

/**
 * The CABAC slice data of a P slice whose macroblocks are all skipped: for each macroblock
 * {@code mb_skip_flag} = 1 and {@code end_of_slice_flag}, coded by the arithmetic encoder of H.264
 * (9.3.4). Every neighbour of a skipped macroblock is skipped or absent, so {@code mb_skip_flag} always
 * takes context 11 (ctxIdxInc 0), initialised for {@code cabac_init_idc} 0 (m 23, n 33, Table 9-13).
 */
final class SkipCabac {

	/** rangeTabLPS (Table 9-44), by pStateIdx and qCodIRangeIdx. */
	private static final int[][] RANGE_LPS = { { 128, 176, 208, 240 }, { 128, 167, 197, 227 },
			{ 128, 158, 187, 216 }, { 123, 150, 178, 205 }, { 116, 142, 169, 195 }, { 111, 135, 160, 185 },
			{ 105, 128, 152, 175 }, { 100, 122, 144, 166 }, { 95, 116, 137, 158 }, { 90, 110, 130, 150 },
			{ 85, 104, 123, 142 }, { 81, 99, 117, 135 }, { 77, 94, 111, 128 }, { 73, 89, 105, 122 },
			{ 69, 85, 100, 116 }, { 66, 80, 95, 110 }, { 62, 76, 90, 104 }, { 59, 72, 86, 99 }, { 56, 69, 81, 94 },
			{ 53, 65, 77, 89 }, { 51, 62, 73, 85 }, { 48, 59, 69, 80 }, { 46, 56, 66, 76 }, { 43, 53, 63, 72 },
			{ 41, 50, 59, 69 }, { 39, 48, 56, 65 }, { 37, 45, 54, 62 }, { 35, 43, 51, 59 }, { 33, 41, 48, 56 },
			{ 32, 39, 46, 53 }, { 30, 37, 43, 50 }, { 29, 35, 41, 48 }, { 27, 33, 39, 45 }, { 26, 31, 37, 43 },
			{ 24, 30, 35, 41 }, { 23, 28, 33, 39 }, { 22, 27, 32, 37 }, { 21, 26, 30, 35 }, { 20, 24, 29, 33 },
			{ 19, 23, 27, 31 }, { 18, 22, 26, 30 }, { 17, 21, 25, 28 }, { 16, 20, 23, 27 }, { 15, 19, 22, 25 },
			{ 14, 18, 21, 24 }, { 14, 17, 20, 23 }, { 13, 16, 19, 22 }, { 12, 15, 18, 21 }, { 12, 14, 17, 20 },
			{ 11, 14, 16, 19 }, { 11, 13, 15, 18 }, { 10, 12, 15, 17 }, { 10, 12, 14, 16 }, { 9, 11, 13, 15 },
			{ 9, 11, 12, 14 }, { 8, 10, 12, 14 }, { 8, 9, 11, 13 }, { 7, 9, 11, 12 }, { 7, 9, 10, 12 },
			{ 7, 8, 10, 11 }, { 6, 8, 9, 11 }, { 6, 7, 9, 10 }, { 6, 7, 8, 9 }, { 2, 2, 2, 2 } };

	/** transIdxLPS (Table 9-45); after a most probable symbol the state moves up by one, to at most 62. */
	private static final int[] NEXT_LPS = { 0, 0, 1, 2, 2, 4, 4, 5, 6, 7, 8, 9, 9, 11, 11, 12, 13, 13, 15, 15, 16,
			16, 18, 18, 19, 19, 21, 21, 22, 22, 23, 24, 24, 25, 26, 26, 27, 27, 28, 29, 29, 30, 30, 30, 31, 32, 32,
			33, 33, 33, 34, 34, 35, 35, 35, 36, 36, 36, 37, 37, 37, 38, 38, 63 };

	private int state;

	private int mps;

	private int low;

	private int range = 510;

	private boolean firstBit = true;

	private int outstanding;

	private Rbsp.Writer out;

	SkipCabac(int sliceQp) {
		int pre = Math.max(1, Math.min(126, ((23 * Math.max(0, Math.min(51, sliceQp))) >> 4) + 33));
		this.state = (pre <= 63) ? 63 - pre : pre - 64;
		this.mps = (pre <= 63) ? 0 : 1;
	}

	/** Writes the slice data of {@code macroblocks} skipped macroblocks; the last bit is the rbsp_stop_one_bit. */
	void encode(Rbsp.Writer writer, int macroblocks) {
		this.out = writer;
		for (int mb = 0; mb < macroblocks; mb++) {
			decision(1); // mb_skip_flag
			terminate(mb == macroblocks - 1); // end_of_slice_flag
		}
	}

	private void decision(int bin) {
		int lps = RANGE_LPS[this.state][(this.range >> 6) & 3];
		this.range -= lps;
		if (bin == this.mps) {
			this.state = Math.min(this.state + 1, 62);
		}
		else {
			this.low += this.range;
			this.range = lps;
			if (this.state == 0) {
				this.mps = 1 - this.mps;
			}
			this.state = NEXT_LPS[this.state];
		}
		renormalise();
	}

	private void terminate(boolean last) {
		this.range -= 2;
		if (last) {
			this.low += this.range;
			this.range = 2;
			renormalise();
			put((this.low >> 9) & 1);
			this.out.u(2, ((this.low >> 7) & 3) | 1);
		}
		else {
			renormalise();
		}
	}

	private void renormalise() {
		while (this.range < 256) {
			if (this.low < 256) {
				put(0);
			}
			else if (this.low >= 512) {
				this.low -= 512;
				put(1);
			}
			else {
				this.low -= 256;
				this.outstanding++;
			}
			this.range <<= 1;
			this.low <<= 1;
		}
	}

	private void put(int bit) {
		if (this.firstBit) {
			this.firstBit = false;
		}
		else {
			this.out.bit(bit);
		}
		for (; this.outstanding > 0; this.outstanding--) {
			this.out.bit(1 - bit);
		}
	}

}
