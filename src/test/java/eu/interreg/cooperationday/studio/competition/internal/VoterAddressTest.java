package eu.interreg.cooperationday.studio.competition.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VoterAddressTest {

	@Test
	void fiveSpellingsOfOneGmailBoxAreOneAddress() {
		List<String> spellings = List.of("Jane.Doe@gmail.com", "janedoe@GMAIL.com", "j.a.n.e.doe+vote@gmail.com",
				"JaneDoe+competition@googlemail.com", "  jane.doe@Gmail.Com ");
		assertThat(spellings.stream().map((s) -> VoterAddress.parse(s).canonical()).distinct())
			.containsExactly("janedoe@gmail.com");
	}

	@Test
	void dotsCountWhereTheProviderKeepsThemAndTagsWhereItHasNone() {
		assertThat(VoterAddress.parse("jane.doe@example.org").canonical()).isEqualTo("jane.doe@example.org");
		assertThat(VoterAddress.parse("jane.doe+x@example.org").canonical()).isEqualTo("jane.doe+x@example.org");
		assertThat(VoterAddress.parse("Jane.Doe+x@Outlook.com").canonical()).isEqualTo("jane.doe@outlook.com");
	}

	@Test
	void internationalDomainsAreComparedInTheirAsciiForm() {
		assertThat(VoterAddress.parse("anna@bücher.example").canonical()).isEqualTo("anna@xn--bcher-kva.example");
		assertThat(VoterAddress.parse("anna@xn--bcher-kva.example").canonical()).isEqualTo("anna@xn--bcher-kva.example");
		assertThat(VoterAddress.parse("anna@BÜCHER.example").domain()).isEqualTo("xn--bcher-kva.example");
	}

	@Test
	void whatMailCannotReachIsRefusedWithAReason() {
		for (String bad : List.of("", "jane", "jane@", "@gmail.com", "a@b@c.org", "jane@localhost", "jane..doe@example.org",
				"jane@exa_mple.org", "jane@-example.org")) {
			assertThatThrownBy(() -> VoterAddress.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("address");
		}
	}

}
