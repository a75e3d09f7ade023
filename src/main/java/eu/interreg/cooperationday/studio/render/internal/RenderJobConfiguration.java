package eu.interreg.cooperationday.studio.render.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import eu.interreg.cooperationday.studio.brand.BrandKit;
import eu.interreg.cooperationday.studio.visibility.VisibilityChecker;
import eu.interreg.cooperationday.studio.poster.PosterRenderer;
import eu.interreg.cooperationday.studio.storage.AssetStore;
import eu.interreg.cooperationday.studio.system.StudioProperties;
import eu.interreg.cooperationday.studio.template.VideoTemplates;
import eu.interreg.cooperationday.studio.video.AudioDescription;
import eu.interreg.cooperationday.studio.video.VideoRenderer;
import eu.interreg.cooperationday.studio.render.internal.RenderRequestRepository;
import eu.interreg.cooperationday.studio.render.internal.AssetRepository;
import eu.interreg.cooperationday.studio.render.internal.RenderAssetTasklet;
import eu.interreg.cooperationday.studio.render.AssetRenderer;
import eu.interreg.cooperationday.studio.render.AssetSpec;
import eu.interreg.cooperationday.studio.render.RenderJobs;
import eu.interreg.cooperationday.studio.render.RenderProperties;
import eu.interreg.cooperationday.studio.render.RenderRequest;
import eu.interreg.cooperationday.studio.render.TakesRequests;

/**
 * The render job: one request per job instance (identified by its id), one partition per asset. In the
 * local mode the partitions run in parallel on a pool sized to the cores; a manager sends them to render
 * workers instead (the {@code farm} module). Restarting a failed instance reruns only the partitions
 * that did not complete, and each partition skips an asset that is already recorded.
 */
@Configuration(proxyBeanMethods = false)
class RenderJobConfiguration {

	@Bean
	@TakesRequests
	Job renderJob(JobRepository jobRepository, Step renderAssets, RenderJobListener listener) {
		return new JobBuilder(RenderJobs.JOB_NAME, jobRepository).listener(listener).start(renderAssets).build();
	}

	@Bean
	@ConditionalOnProperty(name = "studio.render.mode", havingValue = "local", matchIfMissing = true)
	Step renderAssets(JobRepository jobRepository, Step renderAsset, Partitioner assetPartitioner,
			ThreadPoolTaskExecutor renderWorkers) {
		return new StepBuilder("renderAssets", jobRepository).partitioner("renderAsset", assetPartitioner)
			.step(renderAsset)
			.gridSize(AssetSpec.ALL.size())
			.taskExecutor(renderWorkers)
			.build();
	}

	@Bean
	@ConditionalOnProperty(name = "studio.render.mode", havingValue = "local", matchIfMissing = true)
	Step renderAsset(JobRepository jobRepository, RenderAssetTasklet tasklet) {
		// rendering is not a database transaction: the tasklet writes its row itself, after the upload
		return new StepBuilder("renderAsset", jobRepository).tasklet(tasklet, new ResourcelessTransactionManager())
			.build();
	}

	@Bean
	RenderAssetTasklet renderAssetTasklet(RenderRequestRepository requests, AssetRepository assets, AssetStore store,
			AssetRenderer renderer, StudioProperties studio, VisibilityChecker visibility) {
		return new RenderAssetTasklet(requests, assets, store, renderer, studio.dataDir().resolve("work"), visibility);
	}

	@Bean
	AssetRenderer assetRenderer(BrandKit brand, PosterRenderer posters, VideoRenderer videos, VideoTemplates templates,
			VisibilityChecker visibility, AudioDescription description) {
		AssetSpec.VideoShape.checkDefinedBy(templates.chosen());
		return new AssetRenderer(brand, posters, videos, templates, visibility.rule(), description);
	}

	@Bean
	@ConditionalOnProperty(name = "studio.render.mode", havingValue = "local", matchIfMissing = true)
	ThreadPoolTaskExecutor renderWorkers(RenderProperties properties, StudioProperties studio) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		int threads = properties.localThreads();
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setThreadNamePrefix("render-");
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds((int) studio.shutdownGrace().toSeconds());
		return executor;
	}

	/**
	 * Runs jobs in the background: each job waits here for its partitions, which run on renderWorkers
	 * (local) or on the workers of the farm (manager).
	 */
	@Bean
	ThreadPoolTaskExecutor renderDispatcher(RenderProperties properties, StudioProperties studio) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor() {
			@Override
			protected java.util.concurrent.BlockingQueue<Runnable> createQueue(int queueCapacity) {
				return new java.util.concurrent.PriorityBlockingQueue<>(64, QueuedLaunch.ORDER);
			}
		};
		executor.setCorePoolSize(properties.effectiveConcurrentRequests());
		executor.setMaxPoolSize(properties.effectiveConcurrentRequests());
		executor.setThreadNamePrefix("render-job-");
		// at a stop, running jobs wait for their partitions (GracefulStop empties the queue first)
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds((int) studio.shutdownGrace().toSeconds());
		return executor;
	}

	/**
	 * One partition per file the request asked for (its asset groups), named by the file, so that a
	 * restart finds the partitions of the first run and reruns only those that did not complete; a file
	 * made with another ({@link AssetSpec#madeWith}: the audio-described video) is made by that one's.
	 */
	@Bean
	@StepScope
	@TakesRequests
	Partitioner assetPartitioner(RenderRequestRepository requests,
			@Value("#{jobParameters['" + RenderJobs.REQUEST_ID + "']}") String requestId) {
		return (gridSize) -> {
			RenderRequest request = requests.find(requestId)
				.orElseThrow(() -> new IllegalStateException("No request " + requestId));
			Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
			for (AssetSpec spec : request.wanted()) {
				if (spec.madeWith() != null) {
					continue;
				}
				ExecutionContext context = new ExecutionContext();
				context.putString(RenderJobs.KIND, spec.kind().id());
				context.putString(RenderJobs.FORMAT, spec.format());
				partitions.put(spec.partitionName(), context);
			}
			return partitions;
		};
	}

}
