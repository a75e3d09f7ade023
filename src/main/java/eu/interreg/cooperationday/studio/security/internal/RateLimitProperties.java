package eu.interreg.cooperationday.studio.security.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often one client may ask ({@code studio.rate-limits.*}). A client is its address;
 * {@code X-Forwarded-For} counts only when the direct peer is one of {@code trustedProxies}.
 *
 * @param submissions submissions (the form and {@code POST /api/render-requests}, each a render of some
 * CPU-seconds and an email) per address per {@code submissionsPeriod}
 * @param submissionsPeriod the window of the submission limits
 * @param submissionsPerEmail submissions per contact email per {@code submissionsPeriod}, whatever address
 * they come from (the studio must not be used to mail someone over and over)
 * @param previews previews per address per {@code previewsPeriod}
 * @param previewsPeriod the window of the preview limit
 * @param downloads {@code /d/} downloads per address per {@code downloadsPeriod}
 * @param downloadsPeriod the window of the download limit
 * @param pages campaign pages and feeds ({@code /events} and what is under it, {@code /embed/}) per address
 * per {@code pagesPeriod}: a calendar client polls, a crawler walks; neither may take the studio over
 * @param pagesPeriod the window of the page limit
 * @param logins failed staff sign-ins (the form or HTTP Basic) per address, and per username, per
 * {@code loginsPeriod}; past it both are refused with 429 until the oldest failure is older than the period
 * @param loginsPeriod the window of the sign-in limit
 * @param votes competition vote requests ({@code POST /competition/{edition}/vote}) per address per
 * {@code votesPeriod}
 * @param votesPerNetwork vote requests per network (an IPv4 /24, an IPv6 /48) per {@code votesPeriod}: one
 * person with many addresses of one provider is still one network
 * @param votesPeriod the window of the vote limits
 * @param trustedProxies peers whose {@code X-Forwarded-For} names the client
 * @param clients how many clients are remembered per kind at most (the least recent are forgotten first)
 */
@ConfigurationProperties("studio.rate-limits")
public record RateLimitProperties(@DefaultValue("20") int submissions, @DefaultValue("10m") Duration submissionsPeriod,
		@DefaultValue("5") int submissionsPerEmail, @DefaultValue("60") int previews,
		@DefaultValue("1m") Duration previewsPeriod, @DefaultValue("300") int downloads,
		@DefaultValue("1m") Duration downloadsPeriod, @DefaultValue("600") int pages,
		@DefaultValue("1m") Duration pagesPeriod, @DefaultValue("10") int logins,
		@DefaultValue("10m") Duration loginsPeriod, @DefaultValue("10") int votes, @DefaultValue("30") int votesPerNetwork,
		@DefaultValue("10m") Duration votesPeriod, @DefaultValue List<String> trustedProxies,
		@DefaultValue("10000") int clients) {
}
