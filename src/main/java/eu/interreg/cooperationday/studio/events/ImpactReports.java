package eu.interreg.cooperationday.studio.events;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.interreg.cooperationday.studio.events.internal.EventRepository;
import eu.interreg.cooperationday.studio.events.internal.ImpactProperties;
import eu.interreg.cooperationday.studio.events.internal.ReportRepository;
import eu.interreg.cooperationday.studio.problem.FieldProblem;
import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.RenderRequests;
import eu.interreg.cooperationday.studio.system.PublicUrls;

/**
 * What the campaign's events drew, as their communicators report it: the day after an event its
 * communicator is mailed a private link ({@link ImpactReportDue}), reminded until the figures are in,
 * and may correct them from the same link afterwards.
 */
@Service
public class ImpactReports {

	private static final Logger log = LoggerFactory.getLogger(ImpactReports.class);

	/** The most attendees one local event may report, and the most people its posts may reach. */
	static final int MAX_ATTENDEES = 1_000_000;

	static final long MAX_REACH = 10_000_000_000L;

	private final ReportRepository reports;

	private final EventRepository events;

	private final RenderRequests renders;

	private final PublicUrls urls;

	private final ImpactProperties properties;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ImpactReports(ReportRepository reports, EventRepository events, RenderRequests renders, PublicUrls urls,
			ImpactProperties properties, ApplicationEventPublisher publisher, Clock clock) {
		this.reports = reports;
		this.events = events;
		this.renders = renders;
		this.urls = urls;
		this.properties = properties;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** An event's figures as its report form shows them. */
	public record Figures(Integer attendees, Long reach, Integer satisfaction, String note, boolean reported,
			int corrections) {
	}

	/**
	 * Asks for the figures of every event that is over (the day after, in UTC) and not reported, within the
	 * window and the reminders; returns how many were asked.
	 */
	@Transactional
	public int remindDue() {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		LocalDate oldest = today.minusDays(this.properties.window().toDays());
		int asked = 0;
		for (ReportRepository.Due due : this.reports.due(oldest, today, this.properties.reminders(),
				now.minus(this.properties.reminderGap()))) {
			Optional<RenderRequest> request = this.renders.find(due.requestId());
			if (request.isEmpty()) {
				continue;
			}
			String key = due.key() != null ? due.key() : newKey();
			this.reports.reminded(due.eventId(), key, now);
			this.publisher.publishEvent(new ImpactReportDue(due.requestId(), due.eventId(), due.reminders() + 1,
					request.get().contactEmail(), request.get().language().code(), request.get().programmeName(),
					due.title(), due.date(), this.urls.event(due.eventId()) + "/report?key=" + key));
			asked++;
		}
		if (asked > 0) {
			log.info("Asked for the figures of {} events", asked);
		}
		return asked;
	}

	/** The event and its figures, when {@code key} is its report's key. */
	public Optional<CampaignEvent> eventFor(String eventId, String key) {
		return this.reports.find(eventId)
			.filter((report) -> key != null && java.security.MessageDigest.isEqual(report.key().getBytes(),
					key.getBytes()))
			.flatMap((report) -> this.events.find(eventId));
	}

	public Figures figures(String eventId) {
		return this.reports.find(eventId)
			.map((r) -> new Figures(r.attendees(), r.reach(), r.satisfaction(), r.note(), r.reported(), r.corrections()))
			.orElse(new Figures(null, null, null, null, false, 0));
	}

	/**
	 * Stores an event's figures (or corrects them): attendees required, reach and satisfaction (1 to 10)
	 * optional, a note of plain text; every wrong field named at once (422).
	 */
	@Transactional
	public void report(String eventId, String key, String attendees, String reach, String satisfaction, String note) {
		if (eventFor(eventId, key).isEmpty()) {
			throw new IllegalArgumentException("Not this event's key");
		}
		List<FieldProblem> invalid = new ArrayList<>();
		Long people = number(attendees, "attendees", 0, MAX_ATTENDEES, true, invalid);
		Long reached = number(reach, "reach", 0, MAX_REACH, false, invalid);
		Long satisfied = number(satisfaction, "satisfaction", 1, 10, false, invalid);
		String text = note == null || note.isBlank() ? null : java.text.Normalizer.normalize(note.strip(), java.text.Normalizer.Form.NFC);
		if (text != null && (text.length() > 500 || text.codePoints().anyMatch((cp) -> Character.getType(cp) == Character.CONTROL
				&& cp != '\n' && cp != '\r'))) {
			invalid.add(new FieldProblem("note", "The note must be plain text of at most 500 characters."));
		}
		if (!invalid.isEmpty()) {
			throw new RequestRefusedException(invalid.size() == 1 && people == null && attendees == null
					? Refusal.Kind.INCOMPLETE : Refusal.Kind.INVALID,
					invalid.size() == 1 ? invalid.get(0).reason() : "The figures have " + invalid.size() + " problems.", invalid);
		}
		this.reports.save(eventId, people.intValue(), reached, satisfied == null ? null : satisfied.intValue(), text,
				this.clock.instant());
		log.info("Figures of event {} reported", eventId);
	}

	/**
	 * Reports an event's attendees given elsewhere by its programme (a competition entry), when its figures
	 * are not in yet; a figure reported through the report form stays as it is.
	 *
	 * @return whether the figure was stored
	 */
	@Transactional
	public boolean reportAttendees(String requestId, String eventId, int attendees) {
		if (attendees < 0 || attendees > MAX_ATTENDEES
				|| this.events.find(eventId).filter((e) -> e.requestId().equals(requestId)).isEmpty()) {
			return false;
		}
		Optional<ReportRepository.Report> report = this.reports.find(eventId);
		if (report.map(ReportRepository.Report::reported).orElse(false)) {
			return false;
		}
		if (report.isEmpty()) {
			this.reports.open(eventId, newKey());
		}
		this.reports.save(eventId, attendees, null, null, null, this.clock.instant());
		log.info("Attendees of event {} reported with its competition entry", eventId);
		return true;
	}

	private static Long number(String value, String field, long min, long max, boolean required, List<FieldProblem> invalid) {
		String text = value == null ? "" : value.strip().replace(" ", "").replace("\u00A0", "");
		if (text.isEmpty()) {
			if (required) {
				invalid.add(new FieldProblem(field, "The number of attendees is required (0 if nobody came)."));
			}
			return null;
		}
		try {
			long number = Long.parseLong(text);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		invalid.add(new FieldProblem(field, "This must be a whole number from " + min + " to " + max + "."));
		return null;
	}

	private String newKey() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
