package eu.interreg.cooperationday.studio.video.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.interreg.cooperationday.studio.template.Layer;
import eu.interreg.cooperationday.studio.template.VideoTemplate;
import eu.interreg.cooperationday.studio.video.VideoContent;

/** WebVTT of the text shown on screen, one cue per text layer per scene, timed to the frames. */
public final class Captions {

	private Captions() {
	}

	public static String webVtt(VideoTemplate template, VideoContent content) {
		StringBuilder vtt = new StringBuilder("WEBVTT\n");
		int cue = 0;
		double fps = template.fps();
		for (Timeline.ScheduledScene slot : Timeline.schedule(template, content)) {
			List<String> lines = new ArrayList<>();
			for (Layer layer : slot.scene().layers()) {
				if (layer instanceof Layer.Text text) {
					String value = content.texts().get(text.binding());
					if (value != null && !value.isBlank()) {
						lines.add(value.replace("-->", "->").strip());
					}
				}
			}
			if (lines.isEmpty()) {
				continue;
			}
			vtt.append('\n')
				.append(++cue)
				.append('\n')
				.append(time(slot.start() / fps))
				.append(" --> ")
				.append(time((slot.start() + slot.frames()) / fps))
				.append('\n');
			for (String line : lines) {
				vtt.append(line).append('\n');
			}
		}
		return vtt.toString();
	}

	/** {@code hh:mm:ss.ttt}, as WebVTT writes a time. */
	static String time(double seconds) {
		long millis = Math.round(seconds * 1000);
		return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", millis / 3_600_000, (millis / 60_000) % 60,
				(millis / 1000) % 60, millis % 1000);
	}

}
