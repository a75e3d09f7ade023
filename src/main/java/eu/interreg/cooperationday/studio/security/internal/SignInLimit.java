package eu.interreg.cooperationday.studio.security.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * One limit on failed staff sign-ins, whatever the door (the login form, HTTP Basic on the staff API):
 * after {@code attempts} failures within {@code window} from one address, or for one username, both are
 * refused until the oldest of those failures leaves the window. Unknown usernames count like known ones,
 * so the limit tells nothing of who exists. The least recently seen keys are forgotten first, so a flood
 * of addresses costs bounded memory.
 */
final class SignInLimit {

	private final int attempts;

	private final long windowNanos;

	private final LongSupplier clock;

	private final Map<String, Deque<Long>> failures;

	SignInLimit(int attempts, Duration window, int remembered, LongSupplier clock) {
		this.attempts = attempts;
		this.windowNanos = window.toNanos();
		this.clock = clock;
		this.failures = new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Deque<Long>> eldest) {
				return size() > remembered;
			}
		};
	}

	int attempts() {
		return this.attempts;
	}

	Duration window() {
		return Duration.ofNanos(this.windowNanos);
	}

	/** How many seconds until {@code address} and {@code username} may try again; empty when they may now. */
	synchronized OptionalLong lockedFor(String address, String username) {
		long now = this.clock.getAsLong();
		long wait = Math.max(wait(key("address", address), now), wait(key("user", username), now));
		return wait > 0 ? OptionalLong.of(Math.max(1, (wait + 999_999_999L) / 1_000_000_000L)) : OptionalLong.empty();
	}

	/** Records a failed sign-in from {@code address} as {@code username} (either may be null). */
	synchronized void failed(String address, String username) {
		long now = this.clock.getAsLong();
		record(key("address", address), now);
		record(key("user", username), now);
	}

	private long wait(String key, long now) {
		Deque<Long> times = key == null ? null : this.failures.get(key);
		if (times == null) {
			return 0;
		}
		while (!times.isEmpty() && now - times.peekFirst() >= this.windowNanos) {
			times.pollFirst();
		}
		return times.size() >= this.attempts ? times.peekFirst() + this.windowNanos - now : 0;
	}

	private void record(String key, long now) {
		if (key == null) {
			return;
		}
		Deque<Long> times = this.failures.computeIfAbsent(key, (k) -> new ArrayDeque<>());
		times.addLast(now);
		while (times.size() > this.attempts) {
			times.pollFirst();
		}
	}

	private static String key(String kind, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String clipped = value.length() > 200 ? value.substring(0, 200) : value;
		return kind + " " + clipped.toLowerCase(Locale.ROOT);
	}

}
