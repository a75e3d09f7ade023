package eu.interreg.cooperationday.studio.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often one client may ask ({@code studio.rate-limits.*}): submissions (the form and
 * {@code POST /api/render-requests}, each a render of some CPU-seconds and an email) and live previews
 * ({@code POST /api/previews}). A client is its address; {@code X-Forwarded-For} counts only when the
 * direct peer is one of {@code trustedProxies} (addresses, e.g. the reverse proxy's).
 *
 * @param submissions submissions per client per {@code submissionsPeriod}
 * @param submissionsPeriod the window of the submission limit
 * @param previews previews per client per {@code previewsPeriod}
 * @param previewsPeriod the window of the preview limit
 * @param trustedProxies peers whose {@code X-Forwarded-For} names the client
 * @param clients how many clients are remembered at most (the least recent are forgotten first)
 */
@ConfigurationProperties("studio.rate-limits")
record RateLimitProperties(@DefaultValue("20") int submissions, @DefaultValue("10m") Duration submissionsPeriod,
		@DefaultValue("60") int previews, @DefaultValue("1m") Duration previewsPeriod,
		@DefaultValue List<String> trustedProxies, @DefaultValue("10000") int clients) {
}
