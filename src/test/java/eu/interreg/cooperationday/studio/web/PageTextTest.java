package eu.interreg.cooperationday.studio.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

class PageTextTest {

	private final PageText text = new PageText(Fixtures.brand());

	@Test
	void aTranslationThatReadsLikeTheEnglishIsNotShownTwice() {
		Map<String, PageText.Bilingual> german = this.text.texts(Language.DE);
		// German says "Status" and "Downloads" too
		assertThat(german.get("status").en()).isEqualTo("Status");
		assertThat(german.get("status").local()).isNull();
		assertThat(german.get("downloads").local()).isNull();
		assertThat(german.get("download-all").local()).isEqualTo("Alles herunterladen (zip)");
		assertThat(this.text.local(Language.DE)).doesNotContainKeys("status", "downloads").containsKey("download-all");
		assertThat(this.text.texts(Language.FR).get("status").local()).isEqualTo("État");
	}

}
