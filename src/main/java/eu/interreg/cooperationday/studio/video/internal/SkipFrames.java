package eu.interreg.cooperationday.studio.video.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import eu.interreg.cooperationday.studio.video.internal.Rbsp;
import eu.interreg.cooperationday.studio.video.internal.SkipCabac;

/**
 * H.264 frames that repeat the picture before them, written here instead of by the encoder: one P slice
 * whose macroblocks are all skipped (each takes the reference's pixels at motion zero, deblocking off),
 * so a decoder shows the previous picture again, exactly. x264 spends almost as long on a picture that
 * did not change as on one that did (it still searches every macroblock); such a frame costs nothing to
 * build and some twenty bytes to store.
 * <p>
 * Each such frame is a reference frame, so frames after it count on ({@code frame_num} is moved on in
 * their slice headers, see {@link #renumber}), and it is the one reference the next encoded frame
 * predicts from: that holds the same pixels as the picture the encoder predicted from, as long as the
 * stream keeps one reference frame. Streams outside what this supports (more than one reference frame,
 * B-frames' picture order, interlace, several slice groups) are refused, not written wrongly.
 */
final class SkipFrames {

	private static final int NON_IDR_SLICE = 1;

	private static final int IDR_SLICE = 5;

	private static final int P_SLICE = 5; // "P, and so are all slices of the picture"

	/** The quantiser of a skip slice: nothing is quantised, it only sets the CABAC contexts' start. */
	private static final int QP = 26;

	/** Escaped bytes of a slice read for its header: enough for every field up to frame_num. */
	private static final int HEAD = 32;

	private static final Set<Integer> HIGH_PROFILES = Set.of(100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135);

	private final int lengthSize;

	private final int log2MaxFrameNum;

	private final int macroblocks;

	private final int ppsId;

	private final boolean cabac;

	private final boolean weightedPrediction;

	private final int picInitQp;

	private final boolean deblockingControl;

	private final boolean chroma;

	private SkipFrames(int lengthSize, int log2MaxFrameNum, int macroblocks, int ppsId, boolean cabac,
			boolean weightedPrediction, int picInitQp, boolean deblockingControl, boolean chroma) {
		this.lengthSize = lengthSize;
		this.log2MaxFrameNum = log2MaxFrameNum;
		this.macroblocks = macroblocks;
		this.ppsId = ppsId;
		this.cabac = cabac;
		this.weightedPrediction = weightedPrediction;
		this.picInitQp = picInitQp;
		this.deblockingControl = deblockingControl;
		this.chroma = chroma;
	}

	/** Reads the parameter sets of an MP4's H.264 stream (its {@code avcC} box, as FFmpeg's extradata). */
	static SkipFrames of(byte[] avcC) throws IOException {
		if (avcC.length < 7 || avcC[0] != 1) {
			throw new IOException("The video's H.264 parameter sets are not in an avcC record");
		}
		int lengthSize = (avcC[4] & 3) + 1;
		int at = 5;
		int spsCount = avcC[at++] & 31;
		if (spsCount != 1) {
			throw new IOException("Held frames need a stream with one sequence parameter set, not " + spsCount);
		}
		int spsLength = ((avcC[at] & 0xFF) << 8) | (avcC[at + 1] & 0xFF);
		byte[] sps = Arrays.copyOfRange(avcC, at + 2, at + 2 + spsLength);
		at += 2 + spsLength;
		int ppsCount = avcC[at++] & 0xFF;
		if (ppsCount != 1) {
			throw new IOException("Held frames need a stream with one picture parameter set, not " + ppsCount);
		}
		int ppsLength = ((avcC[at] & 0xFF) << 8) | (avcC[at + 1] & 0xFF);
		byte[] pps = Arrays.copyOfRange(avcC, at + 2, at + 2 + ppsLength);

		Sps s = sps(sps);
		Pps p = pps(pps);
		return new SkipFrames(lengthSize, s.log2MaxFrameNum(), s.macroblocks(), p.id(), p.cabac(), p.weighted(),
				p.picInitQp(), p.deblockingControl(), s.chromaFormat() != 0);
	}

	/** What a skipped frame's slice needs of the sequence parameter set. */
	private record Sps(int chromaFormat, int log2MaxFrameNum, int macroblocks) {
	}

	/** What a skipped frame's slice needs of the picture parameter set. */
	private record Pps(int id, boolean cabac, boolean weighted, int picInitQp, boolean deblockingControl) {
	}

	private static Sps sps(byte[] sps) throws IOException {
		Rbsp.Reader s = new Rbsp.Reader(Rbsp.unescape(sps), 8);
		int profile = s.u(8);
		s.u(16); // constraint flags, level
		s.ue(); // seq_parameter_set_id
		int chromaFormat = 1;
		if (HIGH_PROFILES.contains(profile)) {
			chromaFormat = s.ue();
			if (chromaFormat == 3 && s.flag()) {
				throw new IOException("Held frames do not support separate colour planes");
			}
			s.ue(); // bit depths
			s.ue();
			s.flag(); // qpprime_y_zero_transform_bypass_flag
			if (s.flag()) {
				skipScalingLists(s, chromaFormat != 3 ? 8 : 12);
			}
		}
		int log2MaxFrameNum = s.ue() + 4;
		int pocType = s.ue();
		if (pocType != 2) {
			throw new IOException("Held frames need picture order count type 2 (no B-frames), not " + pocType);
		}
		int references = s.ue();
		if (references != 1) {
			throw new IOException("Held frames need a stream with one reference frame, not " + references);
		}
		s.flag(); // gaps_in_frame_num_value_allowed_flag
		int widthInMbs = s.ue() + 1;
		int heightInMbs = s.ue() + 1;
		if (!s.flag()) {
			throw new IOException("Held frames do not support interlaced video");
		}
		return new Sps(chromaFormat, log2MaxFrameNum, widthInMbs * heightInMbs);
	}

	private static Pps pps(byte[] pps) throws IOException {
		Rbsp.Reader p = new Rbsp.Reader(Rbsp.unescape(pps), 8);
		int ppsId = p.ue();
		p.ue(); // seq_parameter_set_id
		boolean cabac = p.flag();
		p.flag(); // bottom_field_pic_order_in_frame_present_flag: frames only
		if (p.ue() != 0) {
			throw new IOException("Held frames do not support slice groups");
		}
		p.ue(); // num_ref_idx_l0_default_active_minus1: each skip slice says its own
		p.ue();
		boolean weighted = p.flag();
		p.u(2); // weighted_bipred_idc
		int picInitQp = 26 + p.se();
		p.se(); // pic_init_qs_minus26
		p.se(); // chroma_qp_index_offset
		boolean deblockingControl = p.flag();
		p.flag(); // constrained_intra_pred_flag
		if (p.flag()) {
			throw new IOException("Held frames do not support redundant pictures");
		}
		return new Pps(ppsId, cabac, weighted, picInitQp, deblockingControl);
	}

	private static void skipScalingLists(Rbsp.Reader s, int lists) throws IOException {
		for (int i = 0; i < lists; i++) {
			if (!s.flag()) {
				continue;
			}
			int size = (i < 6) ? 16 : 64;
			int last = 8;
			int next = 8;
			for (int j = 0; j < size; j++) {
				if (next != 0) {
					next = (last + s.se() + 256) % 256;
				}
				last = (next == 0) ? last : next;
			}
		}
	}

	/** The frame numbers count modulo this. */
	int maxFrameNum() {
		return 1 << this.log2MaxFrameNum;
	}

	/** An MP4 sample (length-prefixed NAL units) of one skipped P frame, a reference frame numbered {@code frameNum}. */
	byte[] frame(int frameNum) {
		Rbsp.Writer w = new Rbsp.Writer();
		w.u(8, (2 << 5) | NON_IDR_SLICE); // nal_ref_idc 2: a reference frame
		w.ue(0); // first_mb_in_slice
		w.ue(P_SLICE);
		w.ue(this.ppsId);
		w.u(this.log2MaxFrameNum, frameNum & (maxFrameNum() - 1));
		w.flag(true); // num_ref_idx_active_override_flag: one reference, whatever the picture set says
		w.ue(0);
		w.flag(false); // ref_pic_list_modification_flag_l0
		if (this.weightedPrediction) {
			w.ue(0); // luma_log2_weight_denom
			if (this.chroma) {
				w.ue(0);
			}
			w.flag(false); // luma_weight_l0_flag: the default weights
			if (this.chroma) {
				w.flag(false);
			}
		}
		w.flag(false); // adaptive_ref_pic_marking_mode_flag: sliding window
		if (this.cabac) {
			w.ue(0); // cabac_init_idc
		}
		w.se(QP - this.picInitQp);
		if (this.deblockingControl) {
			w.ue(1); // disable_deblocking_filter_idc: the copy stays exact
		}
		if (this.cabac) {
			while (!w.aligned()) {
				w.bit(1); // cabac_alignment_one_bit
			}
			new SkipCabac(QP).encode(w, this.macroblocks);
		}
		else {
			w.ue(this.macroblocks); // mb_skip_run: every macroblock
			w.bit(1); // rbsp_stop_one_bit
		}
		return sample(Rbsp.escape(w.toBytes()));
	}

	/** A sample's frame after its own, and whether it is an IDR frame. */
	record Numbered(byte[] sample, boolean idr, int frameNum) {
	}

	/**
	 * Moves the {@code frame_num} of every slice of an encoded sample on by {@code add} (an IDR frame's
	 * stays 0: numbering starts again there), and says the number it ends with. The sample itself comes
	 * back when nothing moved.
	 */
	Numbered renumber(byte[] sample, int add) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(sample.length + 8);
		boolean idr = false;
		boolean changed = false;
		int frameNum = -1;
		int at = 0;
		while (at < sample.length) {
			if (at + this.lengthSize > sample.length) {
				throw new IOException("A video sample ends inside a NAL unit's length");
			}
			int length = 0;
			for (int i = 0; i < this.lengthSize; i++) {
				length = (length << 8) | (sample[at + i] & 0xFF);
			}
			at += this.lengthSize;
			if (length <= 0 || at + length > sample.length) {
				throw new IOException("A video sample holds a NAL unit longer than itself");
			}
			byte[] nal = Arrays.copyOfRange(sample, at, at + length);
			at += length;
			int type = nal[0] & 31;
			if (type == NON_IDR_SLICE || type == IDR_SLICE) {
				if ((nal[0] & 0x60) == 0) {
					throw new IOException("Held frames need every encoded frame to be a reference frame");
				}
				// the fields up to frame_num take at most 9 bytes: only the slice's head is read, and the whole
				// slice is unescaped only when its number moves
				Rbsp.Reader r = new Rbsp.Reader(Rbsp.unescape(Arrays.copyOf(nal, Math.min(nal.length, HEAD))), 8);
				r.ue(); // first_mb_in_slice
				r.ue(); // slice_type
				r.ue(); // pic_parameter_set_id
				int position = r.position();
				int number = r.u(this.log2MaxFrameNum);
				idr = type == IDR_SLICE;
				if (!idr && add != 0) {
					number = (number + add) & (maxFrameNum() - 1);
					byte[] payload = Rbsp.unescape(nal);
					write(payload, position, this.log2MaxFrameNum, number);
					nal = Rbsp.escape(payload);
					changed = true;
				}
				frameNum = number;
			}
			out.write(sample(nal));
		}
		if (frameNum < 0) {
			throw new IOException("A video sample holds no slice");
		}
		return new Numbered(changed ? out.toByteArray() : sample, idr, frameNum);
	}

	private static void write(byte[] payload, int position, int bits, int value) {
		for (int i = 0; i < bits; i++) {
			int bit = (value >> (bits - 1 - i)) & 1;
			int index = (position + i) >> 3;
			int mask = 1 << (7 - ((position + i) & 7));
			payload[index] = (byte) (bit == 1 ? payload[index] | mask : payload[index] & ~mask);
		}
	}

	private byte[] sample(byte[] nal) {
		byte[] sample = new byte[this.lengthSize + nal.length];
		for (int i = 0; i < this.lengthSize; i++) {
			sample[i] = (byte) (nal.length >>> (8 * (this.lengthSize - 1 - i)));
		}
		System.arraycopy(nal, 0, sample, this.lengthSize, nal.length);
		return sample;
	}

}
