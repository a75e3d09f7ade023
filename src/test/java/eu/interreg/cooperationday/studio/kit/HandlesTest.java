package eu.interreg.cooperationday.studio.kit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class HandlesTest {

	@ParameterizedTest
	@CsvSource(nullValues = "NONE", value = { "X, interreg_dnl, @interreg_dnl", "X, @Interreg_DNL, @Interreg_DNL",
			"X, @this_is_far_too_long_for_x, NONE", "X, @with-dash, NONE", "X, @name@server.example, NONE",
			"INSTAGRAM, @interreg.dnl, @interreg.dnl", "INSTAGRAM, .dotfirst, NONE", "INSTAGRAM, two..dots, NONE",
			"MASTODON, @interreg@Social.Example, @interreg@social.example", "MASTODON, interreg@eupolicy.social, @interreg@eupolicy.social",
			"MASTODON, @interreg, NONE", "MASTODON, @a@b@c.example, NONE", "MASTODON, @inter reg@social.example, NONE",
			"BLUESKY, interreg.bsky.social, @interreg.bsky.social", "BLUESKY, @Interreg.EU, @interreg.eu",
			"BLUESKY, interreg, NONE", "BLUESKY, https://bsky.app/profile/x, NONE", "LINKEDIN, interreg, NONE",
			"X, '', NONE" })
	void aHandleIsCheckedAsItsPlatformWritesIt(Platform platform, String given, String written) {
		assertThat(Handles.check(platform, given)).isEqualTo(java.util.Optional.ofNullable(written));
	}

}
