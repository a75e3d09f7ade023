package eu.interreg.cooperationday.studio.video;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.VideoFixtures;
import eu.interreg.cooperationday.studio.template.VideoTemplate;
import eu.interreg.cooperationday.studio.video.internal.VideoEncoder;

/**
 * The video benchmark: {@code ./mvnw -Pbench test}. Renders the shipped template in every shape and
 * prints wall time, frames per second, peak heap and, when ffmpeg is on the PATH, the time of an
 * equivalent clip made by the ffmpeg command line (gradient background, moving logo overlay, drawtext
 * lines, libx264 with the same preset and CRF, AAC) and the ratio. Prints figures; asserts nothing.
 */
class VideoBenchmark {

	static final Path OUT = Path.of("target/bench");

	@Test
	void renderTheCampaignTemplate() throws Exception {
		Files.createDirectories(OUT);
		BrandKit brand = Fixtures.brand();
		VideoTemplate template = VideoFixtures.campaign();
		VideoRenderer renderer = new VideoRenderer(brand);
		VideoContent content = VideoFixtures.content(brand, Language.DE,
				"Interreg VI-A Deutschland – Polen / Brandenburg – Polska 2021–2027", true);
		// one warm-up render so the JIT has compiled the frame loop, as it has in a running service
		renderer.render(template, "square", content, OUT.resolve("warm-up.mp4"));

		boolean ffmpeg = Stream.of(System.getenv("PATH").split(":"))
			.anyMatch((d) -> Files.isExecutable(Path.of(d, "ffmpeg")));
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "%-10s %4s %8s %8s %9s %9s %10s %9s %9s %9s %6s", "shape", "run", "wall s",
				"fps", "compose s", "encode s", "peak heap", "repeated", "converted", "ffmpeg s", "ratio"));
		List<Double> ours = new ArrayList<>();
		List<Double> theirs = new ArrayList<>();
		List<Double> ratios = new ArrayList<>();
		// This machine is shared and its speed drifts, by as much as half, over minutes: each landscape
		// render is paired with an ffmpeg run made straight after it, and the ratio is taken per pair.
		for (String shape : new String[] { "landscape", "portrait", "square" }) {
			int runs = shape.equals("landscape") ? 3 : 2;
			for (int run = 1; run <= runs; run++) {
				System.gc();
				resetPeaks();
				long started = System.nanoTime();
				VideoRenderer.Stats stats = renderer.render(template, shape, content, OUT.resolve(shape + ".mp4"));
				// the whole call: laying out the template and preparing the music included
				double seconds = (System.nanoTime() - started) / 1e9;
				long peak = peakHeap();
				String reference = "";
				if (shape.equals("landscape") && ffmpeg) {
					double other = ffmpegReference(brand);
					ours.add(seconds);
					theirs.add(other);
					ratios.add(seconds / other);
					reference = String.format(Locale.ROOT, " %9.2f %6.2f", other, seconds / other);
				}
				lines.add(String.format(Locale.ROOT, "%-10s %4d %8.2f %8.1f %9.2f %9.2f %7d MB %9d %8.0f%%%s", shape, run,
						seconds, stats.frames() / seconds, stats.composeSeconds(), stats.encodeSeconds(), peak >> 20,
						stats.repeatedFrames(), stats.convertedShare() * 100, reference));
			}
		}
		lines.add("max heap of this JVM: " + (Runtime.getRuntime().maxMemory() >> 20) + " MB; cores: "
				+ Runtime.getRuntime().availableProcessors() + "; encoder: libx264 preset "
				+ VideoEncoder.Settings.DEFAULT.preset() + " crf " + VideoEncoder.Settings.DEFAULT.crf() + " "
				+ VideoEncoder.Settings.DEFAULT.x264Params() + " threads " + VideoEncoder.Settings.DEFAULT.threads());
		if (ffmpeg) {
			lines.add("ffmpeg CLI reference: equivalent 1920x1080 15 s clip (gradients source, moving logo overlay, "
					+ "two drawtext lines, the same x264 settings, AAC 160k), run after each landscape render");
			ratios.sort(null);
			lines.add(String.format(Locale.ROOT, "landscape / ffmpeg CLI: median of pairs %.2f, best / best %.2f (%.2f s / %.2f s)",
					ratios.get(ratios.size() / 2), min(ours) / min(theirs), min(ours), min(theirs)));
		}
		else {
			lines.add("ffmpeg CLI not on PATH: no reference time");
		}
		String report = String.join("\n", lines);
		System.out.println("\n=== video benchmark ===\n" + report + "\n");
		Files.writeString(OUT.resolve("report.txt"), report + "\n");
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	private static double min(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
	}

	/** Seconds the ffmpeg CLI takes for a comparable clip. */
	private static double ffmpegReference(BrandKit brand) throws Exception {
		Path logo = OUT.resolve("logo.png");
		Files.write(logo, Fixtures.png(600, 200));
		String font = brand.directory().resolve("fonts/NotoSans-Bold.ttf").toAbsolutePath().toString();
		String filter = "[1:v]format=rgba[logo];[0:v][logo]overlay=x='200+300*t/15':y=200:shortest=1,"
				+ "drawtext=fontfile=" + font + ":text='Interreg VI-A Deutschland – Polen':fontsize=90:fontcolor=white:"
				+ "x=(w-tw)/2:y=620,drawtext=fontfile=" + font + ":text='Zusammenarbeit, die Grenzen überwindet':"
				+ "fontsize=64:fontcolor=0xF59E0B:x=(w-tw)/2:y=760,format=yuv420p[v]";
		List<String> command = List.of("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
				"gradients=s=1920x1080:c0=0x003399:c1=0x0B1B4D:speed=0.02:r=30:d=15", "-loop", "1", "-i",
				logo.toString(), "-i", Path.of("video-templates/campaign/music.m4a").toString(), "-filter_complex", filter,
				"-map", "[v]", "-map", "2:a", "-t", "15", "-c:v", "libx264", "-preset",
				VideoEncoder.Settings.DEFAULT.preset(), "-crf", Integer.toString(VideoEncoder.Settings.DEFAULT.crf()),
				"-x264-params", VideoEncoder.Settings.DEFAULT.x264Params(), "-threads",
				Integer.toString(VideoEncoder.Settings.DEFAULT.threads()), "-profile:v", "high", "-r", "30", "-c:a", "aac", "-b:a", "160k", "-ar", "48000", "-ac", "2", "-movflags",
				"+faststart", OUT.resolve("ffmpeg-reference.mp4").toString());
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("ffmpeg reference failed: " + output);
		}
		return (System.nanoTime() - started) / 1e9;
	}

}
