package eu.interreg.cooperationday.studio.render.internal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import eu.interreg.cooperationday.studio.brand.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import eu.interreg.cooperationday.studio.render.internal.RenderAssetTasklet;
import eu.interreg.cooperationday.studio.render.AssetKind;
import eu.interreg.cooperationday.studio.render.AssetSpec;
import eu.interreg.cooperationday.studio.render.RenderJobs;

/** A partition knows its asset from its context, and from its name when a kill left the context empty. */
class PartitionSpecTest {

	@Test
	void aPartitionWithoutItsContextIsKnownByItsName() {
		List<AssetSpec> specs = new ArrayList<>(AssetSpec.ALL);
		AssetSpec.ALL.stream()
			.filter((spec) -> spec.kind() == AssetKind.CAPTIONS)
			.forEach((spec) -> specs.add(spec.in(Language.NL)));
		for (AssetSpec spec : specs) {
			String step = "renderAsset:" + spec.partitionName();
			ExecutionContext context = new ExecutionContext();
			context.putString(RenderJobs.KIND, spec.kind().id());
			context.putString(RenderJobs.FORMAT, spec.format());
			assertThat(RenderAssetTasklet.spec(step, context)).as(step).isEqualTo(spec);
			assertThat(RenderAssetTasklet.spec(step, new ExecutionContext())).as(step + " without its context")
				.isEqualTo(spec);
		}
		assertThatThrownBy(() -> RenderAssetTasklet.spec("renderAsset:nothing", new ExecutionContext()))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aPosterFramesPartitionOfAJobRunBeforeCoversWereTheirOwnKindIsFoundAsTheCover() {
		AssetSpec cover = AssetSpec.of(AssetKind.COVER.id(), "portrait-1080x1920");
		assertThat(RenderAssetTasklet.spec("renderAsset:thumbnail-portrait-1080x1920-poster-frame", new ExecutionContext()))
			.isEqualTo(cover);
		assertThat(cover.fileType().extension()).isEqualTo("png");
		assertThat(cover.objectKey("r")).isEqualTo("renders/r/cover-portrait-1080x1920.png");
		assertThat(AssetSpec.thumbnailOf(AssetSpec.video(AssetSpec.VideoShape.PORTRAIT))).isEqualTo(cover);
	}

}
