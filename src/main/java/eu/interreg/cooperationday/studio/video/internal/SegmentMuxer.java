package eu.interreg.cooperationday.studio.video.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import eu.interreg.cooperationday.studio.video.internal.PartPlacement;

/**
 * Joins encoded segments into one MP4 by stream copy, and lays the music bed over the whole: no picture
 * is decoded or encoded again. Each segment is an H.264 stream of its own that starts with an IDR frame
 * and has closed GOPs, encoded with the same settings and frame size, so every segment carries the same
 * parameter sets (checked: segments that differ are refused). A segment may leave out the frames that
 * repeat the picture before them (see {@link Part#holds}): they are written here as skipped frames
 * ({@link SkipFrames}), and the frame numbers of the frames after them are moved on. A segment's timestamps are moved to where
 * it lies in the video, so they run on without a gap or an overlap; the music's packets are interleaved
 * a second ahead of the pictures, as when the video is encoded in one pass. The moov box goes before
 * the media data (fast start), as in a one-pass video.
 */
public final class SegmentMuxer {

	/**
	 * A segment file and the frame of the video it starts at. {@code holds[k]}, when there are holds, is
	 * how many frames repeat the file's k-th picture after it; null when the file holds every frame.
	 */
	public record Part(Path file, int firstFrame, int[] holds) {

		public Part(Path file, int firstFrame) {
			this(file, firstFrame, null);
		}

	}

	private SegmentMuxer() {
	}

	public static void stitch(List<Part> parts, Path musicFile, Path output, int fps) throws IOException {
		if (parts.isEmpty()) {
			throw new IllegalArgumentException("Nothing to stitch");
		}
		AVRational frameRate = avutil.av_make_q(1, fps);
		AVFormatContext first = open(parts.get(0).file());
		AVFormatContext audioIn = (musicFile != null) ? open(musicFile) : null;
		AVFormatContext out = new AVFormatContext(null);
		AVPacket packet = avcodec.av_packet_alloc();
		AVPacket made = avcodec.av_packet_alloc();
		Music music = null;
		try {
			check(avformat.avformat_alloc_output_context2(out, null, "mp4", output.toString()), "allocate the MP4 muxer");
			AVStream firstVideo = first.streams(videoStream(first, parts.get(0).file()));
			byte[] parameterSets = extradata(firstVideo.codecpar());
			SkipFrames skips = parts.stream().anyMatch((p) -> p.holds() != null) ? SkipFrames.of(parameterSets) : null;
			AVStream video = addVideoStream(out, firstVideo, fps);
			AVStream audio = null;
			AVStream audioSource = null;
			if (audioIn != null) {
				audioSource = audioIn.streams(0);
				audio = avformat.avformat_new_stream(out, null);
				check(avcodec.avcodec_parameters_copy(audio.codecpar(), audioSource.codecpar()), "copy the audio parameters");
				audio.codecpar().codec_tag(0);
				audio.time_base(audioSource.time_base());
			}
			writeHeader(out, output);
			music = (audioIn != null) ? new Music(audioIn, audioSource, audio, out) : null;
			for (Part part : parts) {
				AVFormatContext in = (part == parts.get(0)) ? first : open(part.file());
				try {
					copyPart(part, in, firstVideo, parameterSets, new PartPlacement(part, skips), out, video, music, frameRate,
							packet, made);
				}
				finally {
					if (in != first) {
						close(in);
					}
				}
			}
			if (music != null) {
				music.copyUntil(Double.MAX_VALUE);
			}
			check(avformat.av_write_trailer(out), "finish the MP4");
		}
		finally {
			avcodec.av_packet_free(packet);
			avcodec.av_packet_free(made);
			if (music != null) {
				music.close();
			}
			if (out.pb() != null) {
				avformat.avio_closep(out.pb());
			}
			avformat.avformat_free_context(out);
			close(first);
			if (audioIn != null) {
				close(audioIn);
			}
		}
	}

	/** The output's video stream, with the first part's parameters (every part has the same). */
	private static AVStream addVideoStream(AVFormatContext out, AVStream firstVideo, int fps) throws IOException {
		AVStream video = avformat.avformat_new_stream(out, null);
		check(avcodec.avcodec_parameters_copy(video.codecpar(), firstVideo.codecpar()), "copy the video parameters");
		video.codecpar().codec_tag(0);
		video.time_base(firstVideo.time_base());
		video.avg_frame_rate(avutil.av_make_q(fps, 1));
		return video;
	}

	/** Opens the output file and writes the MP4 header, with the index at the front for streaming. */
	private static void writeHeader(AVFormatContext out, Path output) throws IOException {
		AVIOContext io = new AVIOContext(null);
		check(avformat.avio_open(io, output.toString(), avformat.AVIO_FLAG_WRITE), "open " + output.getFileName());
		out.pb(io);
		AVDictionary options = new AVDictionary(null);
		avutil.av_dict_set(options, "movflags", "+faststart", 0);
		try {
			check(avformat.avformat_write_header(out, options), "write the MP4 header");
		}
		finally {
			avutil.av_dict_free(options);
		}
	}

	/**
	 * Copies one part's video packets into the output, renumbered where the part starts mid-GOP and with
	 * the skipped frames that hold a picture, and the music that is due beside them.
	 */
	private static void copyPart(Part part, AVFormatContext in, AVStream firstVideo, byte[] parameterSets,
			PartPlacement frames, AVFormatContext out, AVStream video, Music music, AVRational frameRate,
			AVPacket packet, AVPacket made) throws IOException {
		int index = videoStream(in, part.file());
		AVStream source = in.streams(index);
		if (!Arrays.equals(extradata(source.codecpar()), parameterSets)
				|| source.codecpar().width() != firstVideo.codecpar().width()
				|| source.codecpar().height() != firstVideo.codecpar().height()) {
			throw new IOException("Segment " + part.file().getFileName() + " was encoded with other parameters "
					+ "than the first; segments are joined only when their SPS and PPS are the same");
		}
		while (avformat.av_read_frame(in, packet) >= 0) {
			if (packet.stream_index() != index) {
				avcodec.av_packet_unref(packet);
				continue;
			}
			int picture = frames.next(packet, source.time_base(), frameRate);
			long at = frames.position(picture);
			if (frames.renumbers()) {
				byte[] sample = bytes(packet);
				SkipFrames.Numbered numbered = frames.numbered(sample);
				if (numbered.sample() != sample) {
					replaceData(packet, numbered.sample());
				}
			}
			write(out, video, packet, at, frameRate, music);
			for (int repeat = 1; repeat <= frames.holds(picture); repeat++) {
				fill(made, frames.skipped(repeat));
				write(out, video, made, at + repeat, frameRate, music);
			}
		}
		frames.checkEnd();
	}

	/** Writes a video packet as frame {@code at} of the video, after the music that is due a second ahead of it. */
	private static void write(AVFormatContext out, AVStream video, AVPacket packet, long at, AVRational frameRate,
			Music music) throws IOException {
		AVRational base = video.time_base();
		long pts = avutil.av_rescale_q(at, frameRate, base);
		packet.pts(pts);
		packet.dts(pts); // no B-frames: decoding order is presentation order
		packet.duration(avutil.av_rescale_q(1, frameRate, base));
		packet.stream_index(video.index());
		packet.pos(-1);
		if (music != null) {
			music.copyUntil(avutil.av_q2d(base) * pts + 1.0);
		}
		check(avformat.av_interleaved_write_frame(out, packet), "write a video packet");
	}

	private static byte[] bytes(AVPacket packet) {
		byte[] bytes = new byte[packet.size()];
		packet.data().capacity(bytes.length).get(bytes);
		return bytes;
	}

	/** Gives a packet a new payload, keeping its timing and flags. */
	private static void replaceData(AVPacket packet, byte[] data) throws IOException {
		AVPacket copy = avcodec.av_packet_alloc();
		try {
			check(avcodec.av_new_packet(copy, data.length), "allocate a video packet");
			copy.data().capacity(data.length).put(data);
			check(avcodec.av_packet_copy_props(copy, packet), "copy a video packet's properties");
			avcodec.av_packet_unref(packet);
			avcodec.av_packet_move_ref(packet, copy);
		}
		finally {
			avcodec.av_packet_free(copy);
		}
	}

	/** Makes {@code packet} a skipped frame: not a key frame. */
	private static void fill(AVPacket packet, byte[] data) throws IOException {
		avcodec.av_packet_unref(packet);
		check(avcodec.av_new_packet(packet, data.length), "allocate a video packet");
		packet.data().capacity(data.length).put(data);
		packet.flags(0);
	}

	/** The music bed, read packet by packet and written as the pictures advance. */
	private static final class Music {

		private final AVFormatContext in;

		private final AVStream source;

		private final AVStream target;

		private final AVFormatContext out;

		/** A packet read but not yet due. */
		private AVPacket pending;

		private boolean ended;

		Music(AVFormatContext in, AVStream source, AVStream target, AVFormatContext out) {
			this.in = in;
			this.source = source;
			this.target = target;
			this.out = out;
		}

		/** Writes the packets that start before {@code seconds}. */
		void copyUntil(double seconds) throws IOException {
			while (!this.ended) {
				if (this.pending == null) {
					AVPacket packet = avcodec.av_packet_alloc();
					if (avformat.av_read_frame(this.in, packet) < 0) {
						avcodec.av_packet_free(packet);
						this.ended = true;
						return;
					}
					if (packet.stream_index() != this.source.index()) {
						avcodec.av_packet_free(packet);
						continue;
					}
					this.pending = packet;
				}
				if (this.pending.pts() * avutil.av_q2d(this.source.time_base()) >= seconds) {
					return;
				}
				avcodec.av_packet_rescale_ts(this.pending, this.source.time_base(), this.target.time_base());
				this.pending.stream_index(this.target.index());
				this.pending.pos(-1);
				int written = avformat.av_interleaved_write_frame(this.out, this.pending);
				avcodec.av_packet_free(this.pending);
				this.pending = null;
				check(written, "write an audio packet");
			}
		}

		void close() {
			if (this.pending != null) {
				avcodec.av_packet_free(this.pending);
				this.pending = null;
			}
		}

	}

	private static AVFormatContext open(Path file) throws IOException {
		AVFormatContext context = new AVFormatContext(null);
		check(avformat.avformat_open_input(context, file.toString(), null, null), "open " + file.getFileName());
		if (avformat.avformat_find_stream_info(context, (PointerPointer<?>) null) < 0) {
			close(context);
			throw new IOException("Cannot read the streams of " + file.getFileName());
		}
		return context;
	}

	private static int videoStream(AVFormatContext context, Path file) throws IOException {
		for (int i = 0; i < context.nb_streams(); i++) {
			if (context.streams(i).codecpar().codec_type() == avutil.AVMEDIA_TYPE_VIDEO) {
				return i;
			}
		}
		throw new IOException(file.getFileName() + " has no video stream");
	}

	private static byte[] extradata(AVCodecParameters parameters) {
		byte[] bytes = new byte[parameters.extradata_size()];
		if (bytes.length > 0) {
			new BytePointer(parameters.extradata()).capacity(bytes.length).get(bytes);
		}
		return bytes;
	}

	private static void close(AVFormatContext context) {
		avformat.avformat_close_input(context);
	}

	private static void check(int result, String what) throws IOException {
		if (result < 0) {
			BytePointer message = new BytePointer(256);
			avutil.av_strerror(result, message, message.capacity());
			throw new IOException("Cannot " + what + ": " + message.getString() + " (" + result + ")");
		}
	}

}
