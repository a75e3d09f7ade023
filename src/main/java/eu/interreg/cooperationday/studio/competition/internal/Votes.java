package eu.interreg.cooperationday.studio.competition.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.interreg.cooperationday.studio.competition.CompetitionMail;
import eu.interreg.cooperationday.studio.problem.NotFoundException;
import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.security.ClientNetworks;
import eu.interreg.cooperationday.studio.system.PublicUrls;
import eu.interreg.cooperationday.studio.system.Sha256;

/**
 * The public vote. A vote is asked for with an email address and counts when the link mailed to it is
 * opened (once, within {@code studio.competition.vote-link-valid-for}); one address has one vote per
 * category and edition, however it is spelled ({@link VoterAddress}). Only a keyed hash of the address is
 * kept (HMAC-SHA256: without the key, a list of addresses cannot be matched against the table).
 * Disposable-mail domains are refused. Every vote keeps its client's network and time for the console.
 */
@Service
class Votes {

	private static final Logger log = LoggerFactory.getLogger(Votes.class);

	private final VoteRepository repository;

	private final EditionRepository editions;

	private final EntryRepository entries;

	private final DisposableDomains disposable;

	private final CompetitionProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final PublicUrls urls;

	private final SecureRandom random = new SecureRandom();

	private final CompetitionWords words;

	private volatile byte[] key;

	Votes(VoteRepository repository, EditionRepository editions, EntryRepository entries, CompetitionProperties properties,
			Clock clock, ApplicationEventPublisher events, PublicUrls urls, CompetitionWords words) {
		this.words = words;
		this.repository = repository;
		this.editions = editions;
		this.entries = entries;
		this.properties = properties;
		this.clock = clock;
		this.events = events;
		this.urls = urls;
		this.disposable = new DisposableDomains(properties.disposableDomains());
	}

	/**
	 * Asks for a vote: mails a single-use link to the address. Whether the address has voted already is
	 * not said here (that would tell anyone who voted); the link says so when it is opened.
	 */
	@Transactional
	void ask(String editionId, String entryId, String email, String client, String language) {
		Edition edition = this.editions.find(editionId).orElseThrow(() -> new NotFoundException("There is no such edition."));
		Instant now = this.clock.instant();
		if (!edition.takesVotes(now)) {
			throw RequestRefusedException.field(Refusal.Kind.INVALID, "entry", "Voting is not open.");
		}
		Entry entry = this.entries.find(entryId == null ? "" : entryId)
			.filter((e) -> e.editionId().equals(editionId) && e.publishable())
			.orElseThrow(() -> RequestRefusedException.field(Refusal.Kind.INVALID, "entry", "There is no such entry to vote for."));
		VoterAddress address;
		try {
			address = VoterAddress.parse(email);
		}
		catch (IllegalArgumentException ex) {
			throw RequestRefusedException.field(Refusal.Kind.INVALID, "email", ex.getMessage());
		}
		if (this.disposable.listed(address.domain())) {
			throw RequestRefusedException.field(Refusal.Kind.INVALID, "email",
					"Addresses at " + address.domain() + " are disposable: vote with an address you keep.");
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.repository.ask(Sha256.hex(token.getBytes(StandardCharsets.US_ASCII)), entry.id(), hash(address),
				ClientNetworks.of(client), now, now.plus(this.properties.voteLinkValidFor()));
		String link = this.urls.base() + "/competition/vote/" + token;
		Edition.Category category = edition.category(entry.categoryId());
		this.events.publishEvent(new CompetitionMail("vote", null, email.strip(),
				this.words.format(language, "mail.vote.subject", java.util.Map.of("edition", edition.title())),
				this.words.format(language, "mail.vote.text", java.util.Map.of("event", entry.eventTitle(), "programme",
						entry.programme(), "category", category.name(), "link", link, "hours",
						this.properties.voteLinkValidFor().toHours()))));
		log.info("Vote asked for entry {} from {}", entry.id(), ClientNetworks.of(client));
	}

	/** What opening a vote's link did. */
	enum Outcome {
		COUNTED, ALREADY_VOTED, CLOSED, UNKNOWN
	}

	record Confirmation(Outcome outcome, Entry entry, Edition edition) {
	}

	/** Opens a vote's link: the vote counts, unless the address voted in the category already. */
	@Transactional
	Confirmation confirm(String token) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
			return new Confirmation(Outcome.UNKNOWN, null, null);
		}
		Instant now = this.clock.instant();
		VoteRepository.Link link = this.repository.use(Sha256.hex(token.getBytes(StandardCharsets.US_ASCII)), now).orElse(null);
		if (link == null) {
			return new Confirmation(Outcome.UNKNOWN, null, null);
		}
		Entry entry = this.entries.find(link.entryId()).orElseThrow();
		Edition edition = this.editions.find(entry.editionId()).orElseThrow();
		if (!edition.takesVotes(now) || !entry.publishable()) {
			return new Confirmation(Outcome.CLOSED, entry, edition);
		}
		boolean counted = this.repository.cast(edition.id(), entry.categoryId(), link, now);
		log.info("Vote for entry {} {}", entry.id(), counted ? "counted" : "not counted: the address voted in its category already");
		return new Confirmation(counted ? Outcome.COUNTED : Outcome.ALREADY_VOTED, entry, edition);
	}

	/** Voids an entry's votes from a network (all of them when {@code network} is blank), with the reason logged. */
	@Transactional
	int voidVotes(String entryId, String network, String reason, String staff) {
		int voided = this.repository.voidVotes(entryId, network == null || network.isBlank() ? null : network.strip(), staff,
				reason, this.clock.instant());
		log.info("{} voided {} votes of entry {}{}: {}", staff, voided, entryId,
				network == null || network.isBlank() ? "" : " from " + network, reason);
		return voided;
	}

	/** The keyed hash of an address's one spelling. */
	String hash(VoterAddress address) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(address.canonical().getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] key() {
		byte[] k = this.key;
		if (k == null) {
			String secret = this.properties.voteSecret().isBlank() ? this.repository.secret(() -> {
				byte[] fresh = new byte[32];
				this.random.nextBytes(fresh);
				return HexFormat.of().formatHex(fresh);
			}) : this.properties.voteSecret();
			k = secret.getBytes(StandardCharsets.UTF_8);
			this.key = k;
		}
		return k;
	}

	int disposableDomains() {
		return this.disposable.size();
	}

}
