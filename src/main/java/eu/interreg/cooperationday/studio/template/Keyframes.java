package eu.interreg.cooperationday.studio.template;

import java.util.List;

/**
 * One animated property of a layer: values at times (seconds from the scene's start), eased between.
 * Before the first key the first value holds, after the last the last: a frame is a pure function of
 * its time, as in Remotion's {@code interpolate(frame, [0, 30], [0, 1], {easing})}.
 */
public record Keyframes(List<Key> keys, Easing easing) {

	/** A value at a time. */
	public record Key(double time, double value) {
	}

	public Keyframes {
		keys = List.copyOf(keys);
		if (keys.isEmpty()) {
			throw new IllegalArgumentException("Keyframes need at least one key");
		}
	}

	public static Keyframes constant(double value) {
		return new Keyframes(List.of(new Key(0, value)), Easing.LINEAR);
	}

	public double at(double time) {
		Key first = this.keys.get(0);
		if (time <= first.time()) {
			return first.value();
		}
		for (int i = 1; i < this.keys.size(); i++) {
			Key to = this.keys.get(i);
			if (time <= to.time()) {
				Key from = this.keys.get(i - 1);
				double span = to.time() - from.time();
				double progress = span <= 0 ? 1 : (time - from.time()) / span;
				return from.value() + (to.value() - from.value()) * this.easing.apply(progress);
			}
		}
		return this.keys.get(this.keys.size() - 1).value();
	}

}
