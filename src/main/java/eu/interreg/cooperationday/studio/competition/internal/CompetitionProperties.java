package eu.interreg.cooperationday.studio.competition.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The competition's settings ({@code studio.competition.*}).
 *
 * @param zone the time zone an edition's windows are entered and shown in
 * @param juryWeight the jury's share of the final score, in percent, for a new edition (the public's is the rest)
 * @param voteLinkValidFor how long a vote's emailed link works
 * @param voteRetention how long after the results the voters' address hashes are kept
 * @param disposableDomains a file of disposable-mail domains (a JSON array, as the npm package
 * {@code disposable-email-domains} ships its {@code index.json}, or one domain a line) read instead of the
 * bundled copy, and read again when it changes: the list is updated without a release
 * @param burstVotes how many votes asked for one entry from one network within {@code burstWindow} flag
 * the entry
 * @param burstWindow the window of a burst
 * @param fewNetworksVotes from how many votes an entry is flagged when most come from one network
 * @param voteSecret the key of the voters' address hashes; empty: one is made once and kept in the database
 */
@ConfigurationProperties("studio.competition")
public record CompetitionProperties(@DefaultValue("Europe/Brussels") ZoneId zone, @DefaultValue("70") int juryWeight,
		@DefaultValue("24h") Duration voteLinkValidFor, @DefaultValue("90d") Duration voteRetention,
		Path disposableDomains, @DefaultValue("10") int burstVotes, @DefaultValue("10m") Duration burstWindow,
		@DefaultValue("10") int fewNetworksVotes, @DefaultValue("") String voteSecret) {
}
