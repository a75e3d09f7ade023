package eu.interreg.cooperationday.studio.notify.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import eu.interreg.cooperationday.studio.brand.Language;
import eu.interreg.cooperationday.studio.render.Asset;
import eu.interreg.cooperationday.studio.render.AssetSpec;
import eu.interreg.cooperationday.studio.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import eu.interreg.cooperationday.studio.notify.internal.FileList;

class FileListTest {

	private final FileList files = new FileList(Fixtures.brand().strings());

	@Test
	void groupsEveryFileAsAPersonThinksOfItWhateverTheOrderTheyWereStoredIn() {
		List<Asset> assets = new ArrayList<>();
		for (AssetSpec spec : AssetSpec.ALL) {
			assets.add(asset(spec.kind().id(), spec.format()));
		}
		Collections.shuffle(assets, new Random(7));
		Map<FileList.Group, List<FileList.Entry>> grouped = this.files.grouped(assets, Language.EN);
		assertThat(grouped.keySet()).containsExactly(FileList.Group.VIDEO, FileList.Group.POSTERS, FileList.Group.SOCIAL,
				FileList.Group.MORE);
		assertThat(labels(grouped.get(FileList.Group.VIDEO))).containsExactly("Landscape video 16:9 (1920 × 1080)",
				"Vertical video 9:16 (1080 × 1920)", "Square video 1:1 (1080 × 1080)",
				"Audio-described: Landscape video 16:9 (1920 × 1080)");
		assertThat(labels(grouped.get(FileList.Group.POSTERS))).containsExactly("A4 poster, print PDF with bleed",
				"A3 poster, print PDF with bleed");
		assertThat(labels(grouped.get(FileList.Group.SOCIAL))).containsExactly("Square image 1:1 (1080 × 1080)",
				"Story image 9:16 (1080 × 1920)", "Link card (1200 × 630)");
		assertThat(labels(grouped.get(FileList.Group.MORE))).startsWith("Captions: Landscape video 16:9 (1920 × 1080)")
			.contains("Preview: A4 poster, print PDF with bleed", "Cover picture: Square video 1:1 (1080 × 1080)",
					"Audio descriptions (text track): Landscape video 16:9 (1920 × 1080)")
			.hasSize(3 + 5 + 3 + 1);
		assertThat(grouped.values().stream().mapToInt(List::size).sum()).isEqualTo(AssetSpec.ALL.size());
		assertThat(grouped.values().stream().flatMap(List::stream).map(FileList.Entry::label))
			.noneMatch((label) -> label.contains("a4-print") || label.contains("-vtt") || label.contains("thumbnail"));
	}

	@Test
	void labelsAreInTheEmailsLanguageAndCaptionsNameTheirLanguage() {
		Map<FileList.Group, List<FileList.Entry>> german = this.files.grouped(List.of(asset("video", "portrait-1080x1920"),
				asset("captions", "portrait-1080x1920-nl"), asset("captions", "portrait-1080x1920-de")), Language.DE);
		assertThat(this.files.heading(FileList.Group.VIDEO, Language.DE)).isEqualTo("Video");
		assertThat(this.files.heading(FileList.Group.MORE, Language.DE)).isEqualTo("Mehr: Untertitel und Vorschaubilder");
		assertThat(labels(german.get(FileList.Group.VIDEO))).containsExactly("Hochformat-Video 9:16 (1080 × 1920)");
		assertThat(labels(german.get(FileList.Group.MORE))).containsExactlyInAnyOrder(
				"Untertitel (Niederländisch): Hochformat-Video 9:16 (1080 × 1920)",
				"Untertitel (Deutsch): Hochformat-Video 9:16 (1080 × 1920)");
	}

	private static List<String> labels(List<FileList.Entry> entries) {
		return entries.stream().map(FileList.Entry::label).toList();
	}

	private static Asset asset(String kind, String format) {
		return new Asset("r", kind, format, "requests/r/" + kind + "-" + format, "application/octet-stream", 2048, "0", "t", "h");
	}

}
