package eu.interreg.cooperationday.studio.farm.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import eu.interreg.cooperationday.studio.farm.internal.PartitionRequest;

/** What a worker accepts from the queue: a manager's request, and nothing else. */
class PartitionRequestTest {

	@Test
	void aRequestSurvivesTheQueue() {
		PartitionRequest sent = new PartitionRequest("renderAsset", 4711, 42);
		assertThat(new String(sent.toJson(), StandardCharsets.UTF_8))
			.isEqualTo("{\"stepName\":\"renderAsset\",\"stepExecutionId\":4711,\"jobExecutionId\":42}");
		assertThat(PartitionRequest.fromJson(sent.toJson())).contains(sent);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "null", "[]", "\"renderAsset\"", "{}", "not json {",
			"{\"stepName\":\"renderAsset\",\"stepExecutionId\":1}",
			"{\"stepName\":\"renderAsset\",\"stepExecutionId\":1,\"jobExecutionId\":2,\"extra\":3}",
			"{\"stepName\":\"renderAsset\",\"stepExecutionId\":\"1\",\"jobExecutionId\":2}",
			"{\"stepName\":\"renderAsset\",\"stepExecutionId\":1.5,\"jobExecutionId\":2}",
			"{\"stepName\":\"renderAsset\",\"stepExecutionId\":-1,\"jobExecutionId\":2}",
			"{\"stepName\":\"renderAsset\",\"stepExecutionId\":1,\"jobExecutionId\":0}",
			"{\"stepName\":\"renderAsset\",\"stepExecutionId\":99999999999999999999999,\"jobExecutionId\":2}",
			"{\"stepName\":\"../etc\",\"stepExecutionId\":1,\"jobExecutionId\":2}",
			"{\"stepName\":null,\"stepExecutionId\":1,\"jobExecutionId\":2}",
			"{\"stepName\":\"\",\"stepExecutionId\":1,\"jobExecutionId\":2}" })
	void anythingElseIsRefused(String body) {
		assertThat(PartitionRequest.fromJson(body.getBytes(StandardCharsets.UTF_8))).as(body).isEmpty();
	}

	@Test
	void aMessageLargerThanAnyRequestIsNotRead() {
		String padded = "{\"stepName\":\"renderAsset\",\"stepExecutionId\":1,\"jobExecutionId\":2}"
				+ " ".repeat(PartitionRequest.MAX_BYTES);
		assertThat(PartitionRequest.fromJson(padded.getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(PartitionRequest.fromJson(null)).isEmpty();
	}

}
