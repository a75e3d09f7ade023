package eu.interreg.cooperationday.studio.template;

import java.util.List;

/**
 * A stretch of the video: its duration, how it enters (transition from the previous scene), its layers
 * bottom to top, and an optional condition ({@code event}: shown only when the programme has an event;
 * otherwise its time goes to the scene before it).
 */
public record Scene(String id, double duration, Transition transition, List<Layer> layers, String when) {

	public Scene {
		layers = List.copyOf(layers);
	}

	/** How a scene enters: {@code cut}, {@code crossfade}, {@code slide} or {@code wipe}, over seconds. */
	public record Transition(String type, double duration) {

		public static final Transition CUT = new Transition("cut", 0);

	}

}
