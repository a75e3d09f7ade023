package eu.interreg.cooperationday.studio.video.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Video settings ({@code studio.video.*}).
 *
 * @param segmentCache whether scenes every programme shares are encoded once and reused
 * ({@code STUDIO_VIDEO_SEGMENT_CACHE}, on by default); off, every video is encoded in one pass
 * @param evictionInterval how often segments of an earlier template or brand kit are looked for and deleted
 * @param speechCommand the voice of the audio-described video: {@code espeak-ng} on the PATH by default
 * ({@code STUDIO_VIDEO_SPEECH_COMMAND}); without it, videos keep their captions and no audio description
 */
@ConfigurationProperties("studio.video")
record VideoProperties(@DefaultValue("true") boolean segmentCache, @DefaultValue("1h") Duration evictionInterval,
		@DefaultValue("espeak-ng") String speechCommand) {
}
