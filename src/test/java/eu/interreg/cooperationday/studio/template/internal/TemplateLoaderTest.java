package eu.interreg.cooperationday.studio.template.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import eu.interreg.cooperationday.studio.template.internal.TemplateLoader;
import eu.interreg.cooperationday.studio.template.Scene;
import eu.interreg.cooperationday.studio.template.TemplateException;
import eu.interreg.cooperationday.studio.template.VideoTemplate;
import eu.interreg.cooperationday.studio.template.VideoTemplates;

public class TemplateLoaderTest {

	public static final Path TEMPLATES = Path.of("video-templates");

	@TempDir
	Path root;

	@Test
	void theShippedTemplateLoadsAsFifteenSecondsAtThirtyFrames() {
		VideoTemplate template = new TemplateLoader(TEMPLATES.resolve(TemplateLoader.SCHEMA))
			.load(TEMPLATES.resolve("campaign"));
		assertThat(template.fps()).isEqualTo(30);
		assertThat(template.frameCount()).isEqualTo(450);
		assertThat(template.shapes()).containsKeys("landscape", "portrait", "square");
		assertThat(template.scenes()).extracting(Scene::id).containsExactly("intro", "programme", "slogan", "event", "end");
		assertThat(template.audio().loudness()).isEqualTo(-14);
		assertThat(template.dropUndrawable()).as("refuses undrawable characters by default").isFalse();
	}

	@Test
	void aTemplateMaySayToDropUndrawableCharacters() throws IOException {
		Path template = copy("campaign-drop");
		edit(template, "\"fps\": 30,", "\"fps\": 30, \"undrawable\": \"drop\",");
		assertThat(loader().load(template).dropUndrawable()).isTrue();
		edit(template, "\"undrawable\": \"drop\"", "\"undrawable\": \"ignore\"");
		assertThatThrownBy(() -> loader().load(template)).hasMessageContaining("$.undrawable");
	}

	@Test
	void aSchemaErrorIsRefusedWithItsPath() throws IOException {
		Path template = copy("campaign-broken");
		edit(template, "\"type\": \"wipe\"", "\"type\": \"spin\"");
		assertThatThrownBy(() -> loader().load(template)).isInstanceOf(TemplateException.class)
			.hasMessageContaining("campaign-broken/template.json")
			.hasMessageContaining("$.scenes[3].transition.type");
	}

	@Test
	void aMissingRequiredFieldNamesIt() throws IOException {
		Path template = copy("campaign-nofps");
		edit(template, "\"fps\": 30,", "");
		assertThatThrownBy(() -> loader().load(template)).isInstanceOf(TemplateException.class)
			.hasMessageContaining("fps");
	}

	@Test
	void whatTheSchemaCannotSayIsCheckedWithAPathToo() throws IOException {
		Path template = copy("campaign-nomusic");
		Files.delete(template.resolve("music.m4a"));
		assertThatThrownBy(() -> loader().load(template)).isInstanceOf(TemplateException.class)
			.hasMessageContaining("$.audio.music")
			.hasMessageContaining("music.m4a");
		Path backwards = copy("campaign-backwards");
		edit(backwards, "[[0, 0.6], [3, 1.1]]", "[[3, 0.6], [1, 1.1]]");
		assertThatThrownBy(() -> loader().load(backwards)).hasMessageContaining("$.scenes[0].layers[1].animate.scale.keys[1]");
	}

	@Test
	void anEditedTemplateIsPickedUpOnTheNextUseAndABrokenEditKeepsThePreviousOne() throws IOException {
		Path template = copy("campaign");
		VideoTemplates templates = new VideoTemplates(this.root, true);
		assertThat(templates.get("campaign").scenes().get(0).duration()).isEqualTo(3.0);

		edit(template, "\"duration\": 3.0,\n      \"layers\"", "\"duration\": 4.0,\n      \"layers\"");
		touch(template);
		assertThat(templates.get("campaign").scenes().get(0).duration()).isEqualTo(4.0);

		edit(template, "\"fps\": 30", "\"fps\": \"thirty\"");
		touch(template);
		assertThat(templates.get("campaign").scenes().get(0).duration()).as("previous version kept").isEqualTo(4.0);
		assertThatThrownBy(() -> templates.get("../etc")).isInstanceOf(TemplateException.class);
	}

	private TemplateLoader loader() {
		return new TemplateLoader(this.root.resolve(TemplateLoader.SCHEMA));
	}

	private Path copy(String name) throws IOException {
		Files.copy(TEMPLATES.resolve(TemplateLoader.SCHEMA), this.root.resolve(TemplateLoader.SCHEMA),
				StandardCopyOption.REPLACE_EXISTING);
		Path target = Files.createDirectories(this.root.resolve(name));
		try (var files = Files.list(TEMPLATES.resolve("campaign"))) {
			for (Path file : files.toList()) {
				Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		return target;
	}

	private static void edit(Path template, String from, String to) throws IOException {
		Path file = template.resolve(TemplateLoader.DEFINITION);
		String json = Files.readString(file);
		assertThat(json).contains(from);
		Files.writeString(file, json.replace(from, to));
	}

	private static void touch(Path template) throws IOException {
		Files.setLastModifiedTime(template.resolve(TemplateLoader.DEFINITION),
				FileTime.from(Instant.now().plusSeconds(Files.list(template).count() + 5)));
	}

}
