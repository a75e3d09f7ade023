package eu.interreg.cooperationday.studio.video.internal;

import java.io.IOException;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * Where a part's pictures go in the video, and the skipped frames between them: the k-th picture of
 * the file goes to the part's first frame plus k plus the holds before it.
 */
final class PartPlacement {

	private final SegmentMuxer.Part part;

	private final SkipFrames skips;

	private final long[] positions;

	private long base = Long.MIN_VALUE;

	private int expected;

	/** Skipped frames written since the last IDR frame: the frame numbers after them move on by this. */
	private int added;

	private int frameNum;

	PartPlacement(SegmentMuxer.Part part, SkipFrames skips) {
		this.part = part;
		this.skips = skips;
		int[] holds = part.holds();
		this.positions = new long[(holds != null) ? holds.length : 0];
		long at = part.firstFrame();
		for (int k = 0; k < this.positions.length; k++) {
			this.positions[k] = at;
			at += 1 + holds[k];
		}
	}

	/** The index of the file's picture in {@code packet}, checked to follow the one before it. */
	int next(AVPacket packet, AVRational timeBase, AVRational frameRate) throws IOException {
		if (this.base == Long.MIN_VALUE) {
			this.base = packet.pts(); // the IDR frame the segment starts with
		}
		int picture = (int) avutil.av_rescale_q(packet.pts() - this.base, timeBase, frameRate);
		if (picture != this.expected || (renumbers() && picture >= this.positions.length)) {
			throw new IOException("Segment " + this.part.file().getFileName() + " has picture " + picture
					+ " where picture " + this.expected + " was expected");
		}
		this.expected++;
		return picture;
	}

	long position(int picture) {
		return renumbers() ? this.positions[picture] : this.part.firstFrame() + picture;
	}

	boolean renumbers() {
		return this.part.holds() != null;
	}

	int holds(int picture) {
		return renumbers() ? this.part.holds()[picture] : 0;
	}

	/** The sample with its frame numbers moved past the skipped frames written before it. */
	SkipFrames.Numbered numbered(byte[] sample) throws IOException {
		SkipFrames.Numbered numbered = this.skips.renumber(sample, this.added);
		if (numbered.idr()) {
			this.added = 0;
		}
		this.frameNum = numbered.frameNum();
		return numbered;
	}

	/** The {@code repeat}-th skipped frame after the picture just written. */
	byte[] skipped(int repeat) {
		this.added++;
		return this.skips.frame(this.frameNum + repeat);
	}

	void checkEnd() throws IOException {
		if (renumbers() && this.expected != this.positions.length) {
			throw new IOException("Segment " + this.part.file().getFileName() + " has " + this.expected
					+ " pictures where " + this.positions.length + " were expected");
		}
	}

}
