package eu.interreg.cooperationday.studio.share;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import eu.interreg.cooperationday.studio.share.ShareSlugs;

/** Share page addresses: readable where the name allows, never guessable, always safe in a path. */
class ShareSlugsTest {

	@Test
	void theNameBecomesALowerCaseAsciiPrefixAndTheSuffixIsRandom() {
		SplittableRandom random = new SplittableRandom(7);
		assertThat(ShareSlugs.slug("Interreg VI-A Deutschland – Polen / Brandenburg & Polska", random))
			.as("cut at a word to 48 characters at most").matches("interreg-vi-a-deutschland-polen-brandenburg-[a-z2-9]{10}");
		assertThat(ShareSlugs.slug("Česko – Slovensko: Spolupráca", random)).matches("cesko-slovensko-spolupraca-[a-z2-9]{10}");
		assertThat(ShareSlugs.slug("Ελλάδα – Κύπρος", random)).as("Greek transliterated").matches("ellada-kypros-[a-z2-9]{10}");
		assertThat(ShareSlugs.slug("Πρόγραμμα Interreg Ελλάδα – Βουλγαρία", random))
			.matches("programma-interreg-ellada-voulgaria-[a-z2-9]{10}");
		assertThat(ShareSlugs.slug("Интеррег България – Сърбия", random)).matches("interreg-balgariya-sarbiya-[a-z2-9]{10}");
		assertThat(ShareSlugs.slug("Интерег Србија – Северна Македонија", random))
			.matches("intereg-srbija-severna-makedonija-[a-z2-9]{10}");
		assertThat(ShareSlugs.slug("Інтеррег Україна – Польща", random)).matches("interreg-ukrayina-polshta-[a-z2-9]{10}");
		assertThat(ShareSlugs.slug("საქართველო – სომხეთი", random)).matches("sakartvelo-somkheti-[a-z2-9]{10}");
		assertThat(ShareSlugs.slug("Վրաստան – Հայաստան", random)).matches("vrastan-hayastan-[a-z2-9]{10}");
		assertThat(ShareSlugs.slug("NEXT MED برنامج", random)).matches("next-med-brnamj-[a-z2-9]{10}");
		assertThat(ShareSlugs.slug("תוכנית שיתוף הפעולה", random)).matches("[a-z-]+-[a-z2-9]{10}").doesNotStartWith("programme-");
		assertThat(ShareSlugs.slug("Øresund–Kattegat–Skagerrak · Großregion · Łódź", random))
			.matches("oresund-kattegat-skagerrak-grossregion-lodz-[a-z2-9]{10}");
		assertThat(ShareSlugs.slug("⁂ ✦", random)).as("nothing to write: a word stands in").matches("programme-[a-z2-9]{10}");
		assertThat(ShareSlugs.slug("x".repeat(300), random)).hasSize(48 + 1 + 10);
		Set<String> seen = new HashSet<>();
		SecureRandom secure = new SecureRandom();
		for (int i = 0; i < 10_000; i++) {
			String slug = ShareSlugs.slug("Interreg Euro-MED", secure);
			assertThat(ShareSlugs.plausible(slug)).isTrue();
			seen.add(slug);
		}
		assertThat(seen).hasSize(10_000);
	}

	@Test
	void onlyPlausibleSlugsAreLookedUp() {
		assertThat(ShareSlugs.plausible("interreg-a-abcdefghjk")).isTrue();
		assertThat(ShareSlugs.plausible("0b9c1b7e-7c3f-4a43-9a0e-6f1c2d3e4f50")).as("the id of an older request").isTrue();
		assertThat(ShareSlugs.plausible("../../etc/passwd")).isFalse();
		assertThat(ShareSlugs.plausible("Interreg")).isFalse();
		assertThat(ShareSlugs.plausible("a".repeat(200))).isFalse();
		assertThat(ShareSlugs.key(new SecureRandom())).matches("[A-Za-z0-9_-]{43}");
	}

}
