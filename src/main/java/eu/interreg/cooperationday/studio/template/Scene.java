package eu.interreg.cooperationday.studio.template;

import java.util.List;

/**
 * A stretch of the video: its duration, how it enters (transition from the previous scene), its layers
 * bottom to top, and when it is shown ({@code "when": "event"}: only when the programme has an event;
 * otherwise its time goes to the scene before it).
 */
public record Scene(String id, double duration, Transition transition, List<Layer> layers, Shown shown) {

	public Scene {
		layers = List.copyOf(layers);
	}

	/** When a scene is shown. */
	public enum Shown {

		ALWAYS, WITH_EVENT

	}

	/** How a scene enters, over {@code duration} seconds. */
	public record Transition(Kind kind, double duration) {

		public static final Transition CUT = new Transition(Kind.CUT, 0);

		/** The kinds of entrance: {@code cut}, {@code crossfade}, {@code slide} or {@code wipe} in a template. */
		public enum Kind {

			CUT, CROSSFADE, SLIDE, WIPE

		}

		/** Whether the scene before is mixed in while this one enters. */
		public boolean mixes() {
			return this.kind != Kind.CUT;
		}

	}

}
