package eu.interreg.cooperationday.studio.video;

import java.io.IOException;
import java.nio.Buffer;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.VideoFixtures;
import eu.interreg.cooperationday.studio.template.TextBinding;
import eu.interreg.cooperationday.studio.template.VideoTemplate;
import eu.interreg.cooperationday.studio.video.internal.EspeakNg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The audio-described video, measured on the files: the pictures are the landscape video's, and its
 * sound differs from the plain video's where, and only where, its descriptions say a line is spoken.
 * Runs with a synthetic voice everywhere, and with espeak-ng where it is installed (CI installs it).
 */
class AudioDescriptionTest {

	private static final Pattern CUE = Pattern.compile("(\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{3}) --> (\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{3})");

	private static BrandKit brand;

	private static VideoTemplate template;

	private static Path dir;

	private static Path plain;

	@BeforeAll
	static void renderThePlainVideoOnce() throws IOException {
		brand = Fixtures.brand();
		template = VideoFixtures.campaign();
		dir = Files.createTempDirectory("described");
		plain = dir.resolve("plain.mp4");
		new VideoRenderer(brand).render(template, "landscape", content(Language.DE), plain);
	}

	@AfterAll
	static void cleanUp() throws IOException {
		try (var files = Files.list(dir)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
		}
		Files.deleteIfExists(dir);
	}

	@Test
	void theVoiceIsHeardWhereTheDescriptionsSayAndNowhereElseOverTheSamePictures() throws IOException {
		AudioDescription renderer = new AudioDescription(new ToneVoice(0.05));
		Path described = dir.resolve("tone.mp4");
		AudioDescription.Described made = renderer.render(template, content(Language.DE), "de", null, plain, described);
		String vtt = renderer.descriptions(template, content(Language.DE), "de", null);
		List<double[]> cues = cues(vtt);

		assertThat(made.lines()).isEqualTo(cues.size()).isGreaterThanOrEqualTo(5);
		assertThat(made.secondLanguageLeftOut()).isFalse();
		assertThat(vtt).startsWith("WEBVTT\n").contains("Frankfurt (Oder)").contains(content(Language.DE).texts()
			.get(TextBinding.PROGRAMME_NAME));
		for (int i = 1; i < cues.size(); i++) {
			assertThat(cues.get(i)[0]).as("cues in order, not overlapping").isGreaterThanOrEqualTo(cues.get(i - 1)[1]);
		}
		assertThat(cues.get(cues.size() - 1)[1]).as("the voice ends before the video").isLessThanOrEqualTo(15.0);

		assertSamePictures(plain, described);
		assertVoiceWhereCuesAre(plain, described, cues);
	}

	@Test
	void linesTooLongForTheVideoAreSpokenFasterThenTheSecondLanguageLeftOutThenCutAtTheEnd() throws IOException {
		AudioDescription renderer = new AudioDescription(new ToneVoice(0.2));
		VideoContent bilingual = bilingual(java.util.Map.of(TextBinding.CAMPAIGN_NAME,
				brand.strings().get(Language.NL, "campaign.name"), TextBinding.CAMPAIGN_SLOGAN,
				brand.strings().get(Language.NL, "slogan")));
		Path described = dir.resolve("long.mp4");
		AudioDescription.Described made = renderer.render(template, bilingual, "de", "nl", plain, described);
		String vtt = renderer.descriptions(template, bilingual, "de", "nl");

		assertThat(made.secondLanguageLeftOut()).isTrue();
		assertThat(made.wordsPerMinute()).isEqualTo(240);
		assertThat(vtt).doesNotContain("<lang nl>");
		List<double[]> cues = cues(vtt);
		assertThat(cues.get(cues.size() - 1)[1]).isLessThanOrEqualTo(15.0 - 0.4 + 1e-3);
		assertSamePictures(plain, described);
	}

	@Test
	void aBilingualDescriptionMarksTheSecondLanguagesLines() throws IOException {
		AudioDescription renderer = new AudioDescription(new ToneVoice(0.02));
		VideoContent bilingual = bilingual(java.util.Map.of(TextBinding.CAMPAIGN_SLOGAN,
				brand.strings().get(Language.NL, "slogan")));
		String vtt = renderer.descriptions(template, bilingual, "de", "nl");
		assertThat(vtt).contains("<lang nl>" + brand.strings().get(Language.NL, "slogan") + "</lang>")
			.contains(brand.strings().get(Language.DE, "slogan"));
	}

	@Test
	void withoutAVoiceTheStudioSaysWhyAndRefusesToDescribe() {
		SpeechEngine missing = EspeakNg.locate("/nonexistent/espeak-ng");
		assertThat(missing.unavailable()).contains("not installed");
		assertThat(missing.voice("de")).isEmpty();
		AudioDescription renderer = new AudioDescription(missing);
		assertThat(renderer.speaks("de")).isFalse();
		assertThatThrownBy(() -> renderer.descriptions(template, content(Language.DE), "de", null))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("not installed");
	}

	@Test
	void espeakNgReadsTheVideoInGreekAndGerman() throws IOException {
		SpeechEngine espeak = EspeakNg.locate("espeak-ng");
		assumeTrue(espeak.unavailable() == null, "espeak-ng is not installed (CI installs it): " + espeak.unavailable());
		assertThat(espeak.id()).startsWith("espeak-ng ");
		assertThat(espeak.voice("de")).contains("de");
		assertThat(espeak.voice("el")).contains("el");
		assertThat(espeak.voice("en")).get().asString().startsWith("en");
		assertThat(espeak.voice("no")).contains("nb");
		assertThat(espeak.voice("se")).as("Northern Sami has no voice: captions only").isEmpty();

		float[] greek = espeak.speak("Θεσσαλονίκη", "el", 175);
		assertThat(greek.length / 48_000.0).isBetween(0.4, 3.0);
		assertThat(rms(greek, 0, greek.length)).isGreaterThan(0.02);
		float[] escaped = espeak.speak("[[a]] -v en --stdout \u0007Interreg", "de", 175);
		assertThat(escaped.length).isGreaterThan(48_000 / 2);

		AudioDescription renderer = new AudioDescription(espeak);
		Path described = dir.resolve("espeak.mp4");
		renderer.render(template, content(Language.DE), "de", null, plain, described);
		String vtt = renderer.descriptions(template, content(Language.DE), "de", null);
		assertThat(vtt).as("each line once").containsOnlyOnce(brand.strings().get(Language.DE, "cofunded"));
		List<double[]> cues = cues(vtt);
		assertSamePictures(plain, described);
		assertVoiceWhereCuesAre(plain, described, cues);
	}

	/** A voice that answers each line with a 1 kHz tone, {@code secondsPerCharacter} long per character. */
	private record ToneVoice(double secondsPerCharacter) implements SpeechEngine {

		@Override
		public String id() {
			return "tone";
		}

		@Override
		public Optional<String> voice(String languageCode) {
			return Optional.of(languageCode);
		}

		@Override
		public float[] speak(String text, String voice, int wordsPerMinute) {
			int samples = (int) (text.length() * this.secondsPerCharacter * SAMPLE_RATE * 165 / wordsPerMinute);
			float[] tone = new float[samples];
			for (int i = 0; i < samples; i++) {
				tone[i] = (float) (0.5 * Math.sin(2 * Math.PI * 1000 * i / SAMPLE_RATE));
			}
			return tone;
		}

	}

	private static VideoContent content(Language language) throws IOException {
		return VideoFixtures.content(brand, language, "Interreg Deutschland-Nederland", true);
	}

	private static VideoContent bilingual(java.util.Map<TextBinding, String> second) throws IOException {
		VideoContent german = content(Language.DE);
		return new VideoContent(german.texts(), german.art(), false, second, false);
	}

	/** The cues' start and end, in seconds. */
	private static List<double[]> cues(String vtt) {
		List<double[]> cues = new ArrayList<>();
		Matcher m = CUE.matcher(vtt);
		while (m.find()) {
			cues.add(new double[] { seconds(m, 1), seconds(m, 5) });
		}
		return cues;
	}

	private static double seconds(Matcher m, int group) {
		return Integer.parseInt(m.group(group)) * 3600 + Integer.parseInt(m.group(group + 1)) * 60
				+ Integer.parseInt(m.group(group + 2)) + Integer.parseInt(m.group(group + 3)) / 1000.0;
	}

	/** Same codec, size and frame count, and the same bytes in every picture packet. */
	private static void assertSamePictures(Path plain, Path described) throws FrameGrabber.Exception {
		avutil.av_log_set_level(avutil.AV_LOG_ERROR);
		try (FFmpegFrameGrabber a = new FFmpegFrameGrabber(plain.toFile());
				FFmpegFrameGrabber b = new FFmpegFrameGrabber(described.toFile())) {
			a.start();
			b.start();
			assertThat(b.getVideoCodec()).isEqualTo(avcodec.AV_CODEC_ID_H264);
			assertThat(b.getAudioCodec()).isEqualTo(avcodec.AV_CODEC_ID_AAC);
			assertThat(b.getSampleRate()).isEqualTo(48_000);
			assertThat(b.getAudioChannels()).isEqualTo(2);
			assertThat(b.getImageWidth()).isEqualTo(a.getImageWidth());
			assertThat(b.getImageHeight()).isEqualTo(a.getImageHeight());
			assertThat(b.getLengthInTime() / 1e6).isCloseTo(a.getLengthInTime() / 1e6, within(0.1));
			List<byte[]> first = videoPackets(a);
			List<byte[]> second = videoPackets(b);
			assertThat(second).hasSameSizeAs(first);
			for (int i = 0; i < first.size(); i++) {
				assertThat(Arrays.equals(first.get(i), second.get(i))).as("picture packet " + i).isTrue();
			}
		}
	}

	private static List<byte[]> videoPackets(FFmpegFrameGrabber grabber) throws FrameGrabber.Exception {
		List<byte[]> packets = new ArrayList<>();
		org.bytedeco.ffmpeg.avcodec.AVPacket packet;
		while ((packet = grabber.grabPacket()) != null) {
			if (packet.stream_index() == grabber.getVideoStream()) {
				byte[] bytes = new byte[packet.size()];
				packet.data().capacity(bytes.length).get(bytes);
				packets.add(bytes);
			}
			avcodec.av_packet_unref(packet);
		}
		return packets;
	}

	/**
	 * Inside every cue, the plain video's music is in the described sound at about a quarter of its level
	 * (ducked by 12 dB: the share of the music found by projecting one onto the other), and what is left
	 * once that share is taken away is loud: the voice. Well outside the cues the music is all there, at
	 * its level, and nothing else is (the same music, encoded twice).
	 */
	private static void assertVoiceWhereCuesAre(Path plain, Path described, List<double[]> cues) throws IOException {
		float[] music = audio(plain);
		float[] sound = audio(described);
		for (double[] cue : cues) {
			int from = (int) (cue[0] * 48_000);
			int to = (int) (cue[1] * 48_000);
			double share = share(sound, music, from, to);
			assertThat(share).as("the music under the voice at %.2f-%.2f s", cue[0], cue[1]).isBetween(0.15, 0.35);
			assertThat(residual(sound, music, share, from, to)).as("the voice at %.2f-%.2f s", cue[0], cue[1])
				.isGreaterThan(0.03);
		}
		int quiet = 0;
		for (double t = 0.0; t + 0.2 < Math.min(sound.length, music.length) / 48_000.0; t += 0.2) {
			double start = t;
			if (cues.stream().noneMatch((c) -> start + 0.2 > c[0] - 0.4 && start < c[1] + 0.4)) {
				int from = (int) (t * 48_000);
				int to = (int) ((t + 0.2) * 48_000);
				if (rms(music, from, to) > 0.01) {
					assertThat(share(sound, music, from, to)).as("the music alone at %.1f s", t).isCloseTo(1.0, within(0.05));
				}
				assertThat(residual(sound, music, 1.0, from, to)).as("nothing but the music at %.1f s", t).isLessThan(0.01);
				quiet++;
			}
		}
		assertThat(quiet).as("some of the video has no voice").isGreaterThan(0);
	}

	/** How much of {@code music} is in {@code sound} between two samples (least squares). */
	private static double share(float[] sound, float[] music, int from, int to) {
		double both = 0;
		double alone = 0;
		for (int i = from; i < Math.min(to, Math.min(sound.length, music.length)); i++) {
			both += sound[i] * (double) music[i];
			alone += music[i] * (double) music[i];
		}
		return alone == 0 ? 0 : both / alone;
	}

	private static double residual(float[] sound, float[] music, double share, int from, int to) {
		double sum = 0;
		int count = 0;
		for (int i = from; i < Math.min(to, Math.min(sound.length, music.length)); i++) {
			double left = sound[i] - share * music[i];
			sum += left * left;
			count++;
		}
		return count == 0 ? 0 : Math.sqrt(sum / count);
	}

	/** The left channel, as floats at 48 kHz. */
	private static float[] audio(Path mp4) throws FrameGrabber.Exception {
		try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(mp4.toFile())) {
			grabber.setSampleMode(FrameGrabber.SampleMode.FLOAT);
			grabber.start();
			FloatBuffer all = FloatBuffer.allocate(48_000 * 20);
			Frame frame;
			while ((frame = grabber.grabSamples()) != null) {
				Buffer[] buffers = frame.samples;
				FloatBuffer left = (FloatBuffer) buffers[0].rewind();
				int step = buffers.length == 1 ? 2 : 1;
				while (left.remaining() >= step && all.hasRemaining()) {
					all.put(left.get());
					if (step == 2) {
						left.get();
					}
				}
			}
			return Arrays.copyOf(all.array(), all.position());
		}
	}

	private static double rms(float[] samples, int from, int to) {
		double sum = 0;
		int count = 0;
		for (int i = Math.max(0, from); i < Math.min(to, samples.length); i++) {
			sum += samples[i] * samples[i];
			count++;
		}
		return count == 0 ? 0 : Math.sqrt(sum / count);
	}

}
