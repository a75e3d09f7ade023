package eu.interreg.cooperationday.studio.programme;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.FieldProblem;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.programme.internal.LogoIntake;

class ProgrammeRequestParserTest {

	private final ProgrammeRequestParser parser = new ProgrammeRequestParser(new LogoIntake(10L << 20, 50_000_000L),
			Fixtures.brand().bold()::missing);

	private static ProgrammeRequestParser.RawFields fields(String name, String language, String email, String date,
			String url) {
		return new ProgrammeRequestParser.RawFields(name, language, email, "logo.png", "image/png", Fixtures.png(20, 20),
				"Open day", date, "Görlitz", url, null, null, null);
	}

	@Test
	void normalisesTextToNfcAndTrimsIt() {
		// "Ü" as U+0055 U+0308, surrounded by spaces
		ProgrammeRequest request = this.parser.parse(fields("  Interreg U\u0308ber Grenzen  ", " DE ",
				"comms@example.org", "2026-09-21", "https://example.org/day"));
		assertThat(request.programmeName()).isEqualTo("Interreg \u00DCber Grenzen");
		assertThat(request.language()).isEqualTo(Language.DE);
		assertThat(request.event().date()).isEqualTo(LocalDate.of(2026, 9, 21));
		assertThat(request.event().url()).hasToString("https://example.org/day");
	}

	@Test
	void missingFieldsAre400AndNameEachField() {
		assertThatThrownBy(() -> this.parser.parse(new ProgrammeRequestParser.RawFields(" ", null, null, null, null,
				null, null, null, null, null, null, null, null)))
			.isInstanceOfSatisfying(RequestRefusedException.class, (ex) -> {
				assertThat(ex.refusal().kind()).isEqualTo(Refusal.Kind.INCOMPLETE);
				assertThat(ex.problems()).extracting(FieldProblem::field)
					.containsExactlyInAnyOrder("programmeName", "language", "contactEmail", "logo");
			});
	}

	@Test
	void invalidFieldsAre422() {
		String longName = "x".repeat(201);
		assertThatThrownBy(() -> this.parser.parse(fields(longName, "xx", "not an email", "21/09/2026",
				"javascript:alert(1)")))
			.isInstanceOfSatisfying(RequestRefusedException.class, (ex) -> {
				assertThat(ex.refusal().kind()).isEqualTo(Refusal.Kind.INVALID);
				assertThat(ex.problems()).extracting(FieldProblem::field)
					.containsExactlyInAnyOrder("programmeName", "language", "contactEmail", "eventDate", "eventUrl");
			});
	}

	@Test
	void refusesHeaderInjectionAndNonWebLinks() {
		assertField(fields("Interreg", "en", "a@example.org\r\nBcc: x@example.org", null, null), "contactEmail");
		assertField(fields("Interreg\r\nBcc: x@example.org", "en", "a@example.org", null, null), "programmeName");
		assertField(fields("Interreg", "en", "a@example.org", null, "ftp://example.org/x"), "eventUrl");
		assertField(fields("Interreg", "en", "a@example.org", null, "https://user:pw@example.org/"), "eventUrl");
	}

	@Test
	void twoHundredCharactersIsTheLimitCountedInCharactersNotBytes() {
		String name = "Ł".repeat(200);
		assertThat(this.parser.parse(fields(name, "pl", "a@example.org", null, null)).programmeName()).hasSize(200);
	}

	@Test
	void refusesCharactersNoCampaignFontCanDrawAndNamesThem() {
		assertThatThrownBy(() -> this.parser.parse(fields("Interreg 😀 Programme", "en", "a@example.org", null, null)))
			.isInstanceOfSatisfying(RequestRefusedException.class, (ex) -> {
				assertThat(ex.refusal().kind()).isEqualTo(Refusal.Kind.INVALID);
				assertThat(ex.problems()).singleElement().satisfies((p) -> {
					assertThat(p.field()).isEqualTo("programmeName");
					assertThat(p.reason()).contains("😀").contains("U+1F600");
				});
			});
		assertThat(this.parser.parse(fields("إنترريج Interreg NEXT MED", "ar", "a@example.org", null, null))
			.programmeName()).isEqualTo("إنترريج Interreg NEXT MED");
	}

	@Test
	void aTemplateCanSayToDropWhatCannotBeDrawn() {
		ProgrammeRequestParser dropping = new ProgrammeRequestParser(new LogoIntake(10L << 20, 50_000_000L),
				Fixtures.brand().bold()::missing, () -> true);
		assertThat(dropping.parse(fields("Interreg 😀 Programme 🚀", "en", "a@example.org", null, null)).programmeName())
			.isEqualTo("Interreg Programme");
		assertThatThrownBy(() -> dropping.parse(fields("😀", "en", "a@example.org", null, null)))
			.isInstanceOf(RequestRefusedException.class);
	}

	private void assertField(ProgrammeRequestParser.RawFields raw, String field) {
		assertThatThrownBy(() -> this.parser.parse(raw)).isInstanceOfSatisfying(RequestRefusedException.class,
				(ex) -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly(field));
	}

}
