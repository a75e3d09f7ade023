package eu.interreg.cooperationday.studio.video;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.VideoFixtures;
import eu.interreg.cooperationday.studio.template.VideoTemplate;
import eu.interreg.cooperationday.studio.video.internal.EspeakNg;

/**
 * What the audio description adds to a programme's render: {@code ./mvnw -Pbench test}. For programmes
 * with new names (half with an event), after a warm-up, the CPU-seconds of its two files (the described
 * video made from a finished landscape video, and its descriptions, from one reading): the JVM's, and espeak-ng's
 * (its processes, read from the kernel's count of waited-for children). Prints figures; asserts nothing.
 * Needs espeak-ng.
 */
class AudioDescriptionBenchmark {

	private static final int PROGRAMMES = Integer.getInteger("describe.bench.programmes", 10);

	@Test
	void describeTheLandscapeVideoOfEachProgramme() throws Exception {
		SpeechEngine espeak = EspeakNg.locate("espeak-ng");
		Assumptions.assumeTrue(espeak.unavailable() == null, "espeak-ng is not installed");
		Files.createDirectories(VideoBenchmark.OUT);
		BrandKit brand = Fixtures.brand();
		VideoTemplate template = VideoFixtures.campaign();
		Path picture = VideoBenchmark.OUT.resolve("describe-landscape.mp4");
		new VideoRenderer(brand).render(template, "landscape", VideoFixtures.content(brand, Language.DE, "Warm-up", true),
				picture);
		AudioDescription description = new AudioDescription(espeak);
		for (int i = 0; i < 3; i++) {
			describe(description, template, picture, VideoFixtures.content(brand, Language.DE, "Warm-up " + i, true));
		}
		com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean();
		List<String> lines = new ArrayList<>();
		double jvmTotal = 0;
		double speechTotal = 0;
		double wallTotal = 0;
		for (int i = 0; i < PROGRAMMES; i++) {
			VideoContent content = VideoFixtures.content(brand, Language.DE, "Interreg Programme Nummer " + (i + 1),
					i % 2 == 0);
			long jvm = os.getProcessCpuTime();
			double children = childrenCpuSeconds();
			long started = System.nanoTime();
			describe(description, template, picture, content);
			double wall = (System.nanoTime() - started) / 1e9;
			double jvmSeconds = (os.getProcessCpuTime() - jvm) / 1e9;
			double speech = childrenCpuSeconds() - children;
			jvmTotal += jvmSeconds;
			speechTotal += speech;
			wallTotal += wall;
			lines.add(String.format(Locale.ROOT, "programme %2d  wall %5.2f s  JVM %5.2f CPU-s  espeak-ng %5.2f CPU-s", i + 1,
					wall, jvmSeconds, speech));
		}
		lines.add(String.format(Locale.ROOT,
				"per programme: wall %.2f s, JVM %.2f CPU-s, espeak-ng %.2f CPU-s, together %.2f CPU-s (%s, %d cores)",
				wallTotal / PROGRAMMES, jvmTotal / PROGRAMMES, speechTotal / PROGRAMMES, (jvmTotal + speechTotal) / PROGRAMMES,
				espeak.id(), Runtime.getRuntime().availableProcessors()));
		Files.write(VideoBenchmark.OUT.resolve("audio-description-report.txt"), lines);
		lines.forEach(System.out::println);
	}

	/** As the landscape video's partition makes them: one reading gives the described video and its descriptions. */
	private static void describe(AudioDescription description, VideoTemplate template, Path picture,
			VideoContent content) throws Exception {
		Path out = VideoBenchmark.OUT.resolve("described.mp4");
		description.render(template, content, "de", null, picture, out);
	}

	/** The CPU-seconds of this process's children that it waited for (Linux: /proc/self/stat, cutime + cstime). */
	private static double childrenCpuSeconds() throws Exception {
		String stat = Files.readString(Path.of("/proc/self/stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		// after the command's name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14
		long ticks = Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
		return ticks / 100.0;
	}

}
