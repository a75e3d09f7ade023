package eu.interreg.cooperationday.studio.share;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TranscriptTest {

	@Test
	void readsEachSpokenLineWithItsStartAndTheSecondLanguagesMark() {
		Transcript transcript = Transcript.of("""
				WEBVTT

				1
				00:00:00.200 --> 00:00:01.420
				Interreg-Kooperationstag

				2
				00:00:05.802 --> 00:00:07.017
				<lang nl>Samenwerking over grenzen heen</lang>

				3
				00:01:11.167 --> 00:01:14.502
				A &amp; B &lt;script&gt; <b>bold</b>
				""");
		assertThat(transcript.lines()).containsExactly(new Transcript.Line("00:00", "Interreg-Kooperationstag", null),
				new Transcript.Line("00:05", "Samenwerking over grenzen heen", "nl"),
				new Transcript.Line("01:11", "A & B <script> bold", null));
	}

}
