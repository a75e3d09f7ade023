package eu.interreg.cooperationday.studio.security;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import eu.interreg.cooperationday.studio.problem.TooManyRequestsException;
import eu.interreg.cooperationday.studio.security.internal.RateLimitProperties;

/**
 * The studio's limits per client, one resilience4j rate limiter per kind and key (an address, a contact
 * email): at most so many permits per period, none waited for. The least recently seen keys are
 * forgotten first, so a flood of new addresses costs bounded memory.
 */
@Component
public class RateLimits {

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

	/** What is limited. */
	public enum Kind {

		SUBMISSIONS("submissions"), SUBMISSIONS_PER_EMAIL("submissions for this email address"), PREVIEWS("previews"),
		DOWNLOADS("downloads"), PAGES("campaign pages"), VOTES("votes"), VOTES_PER_NETWORK("votes from this network");

		private final String words;

		Kind(String words) {
			this.words = words;
		}

	}


	/**
	 * The request attribute that holds the client's address as the limits saw it (behind a trusted proxy,
	 * the address it forwards for), on the routes they limit.
	 */
	public static final String CLIENT = RateLimits.class.getName() + ".client";

	private final Map<Kind, RateLimiterConfig> configs = new EnumMap<>(Kind.class);

	private final Map<String, RateLimiter> limiters;

	public RateLimits(RateLimitProperties properties) {
		this.configs.put(Kind.SUBMISSIONS, config(properties.submissions(), properties.submissionsPeriod()));
		this.configs.put(Kind.SUBMISSIONS_PER_EMAIL, config(properties.submissionsPerEmail(), properties.submissionsPeriod()));
		this.configs.put(Kind.PREVIEWS, config(properties.previews(), properties.previewsPeriod()));
		this.configs.put(Kind.DOWNLOADS, config(properties.downloads(), properties.downloadsPeriod()));
		this.configs.put(Kind.PAGES, config(properties.pages(), properties.pagesPeriod()));
		this.configs.put(Kind.VOTES, config(properties.votes(), properties.votesPeriod()));
		this.configs.put(Kind.VOTES_PER_NETWORK, config(properties.votesPerNetwork(), properties.votesPeriod()));
		int remembered = properties.clients() * Kind.values().length;
		this.limiters = new LinkedHashMap<>(1024, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
				return size() > remembered;
			}
		};
	}

	private static RateLimiterConfig config(int permits, Duration period) {
		return RateLimiterConfig.custom()
			.limitForPeriod(permits)
			.limitRefreshPeriod(period)
			.timeoutDuration(Duration.ZERO)
			.build();
	}

	/**
	 * Takes one permit of {@code kind} for {@code key}.
	 *
	 * @throws TooManyRequestsException when the key has none left in this period
	 */
	public void acquire(Kind kind, String key) {
		String normalised = key.toLowerCase(Locale.ROOT);
		RateLimiter limiter;
		synchronized (this.limiters) {
			limiter = this.limiters.computeIfAbsent(kind + " " + normalised, (k) -> RateLimiter.of(k, this.configs.get(kind)));
		}
		if (limiter.acquirePermission()) {
			return;
		}
		RateLimiterConfig config = limiter.getRateLimiterConfig();
		long nanos = (limiter instanceof AtomicRateLimiter atomic) ? atomic.getDetailedMetrics().getNanosToWait()
				: config.getLimitRefreshPeriod().toNanos();
		long seconds = Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
		log.info("Refused {} for {}: over the limit of {} per {}", kind, kind == Kind.SUBMISSIONS_PER_EMAIL ? "an email address" : normalised,
				config.getLimitForPeriod(), config.getLimitRefreshPeriod());
		throw new TooManyRequestsException("Too many " + kind.words + ": at most " + config.getLimitForPeriod() + " per "
				+ config.getLimitRefreshPeriod().toSeconds() + " s. Try again in " + seconds + " s.", seconds);
	}

}
