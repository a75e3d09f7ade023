package eu.interreg.cooperationday.studio.farm.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a manager sends a worker for one partition: the partition step to run, its step execution and
 * the job execution it belongs to (so a worker can tell a request of another farm's database, or of a
 * job that has ended, and drop it). Sent as a small JSON object; anything else is refused.
 */
record PartitionRequest(String stepName, long stepExecutionId, long jobExecutionId) {

	/** No request is larger than this; a bigger message is not read. */
	static final int MAX_BYTES = 1024;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	byte[] toJson() {
		return JSON.writeValueAsBytes(JSON.createObjectNode()
			.put("stepName", this.stepName)
			.put("stepExecutionId", this.stepExecutionId)
			.put("jobExecutionId", this.jobExecutionId));
	}

	/** The request a message holds, or empty when it is not one (too large, not JSON, fields wrong). */
	static Optional<PartitionRequest> fromJson(byte[] body) {
		if (body == null || body.length == 0 || body.length > MAX_BYTES) {
			return Optional.empty();
		}
		try {
			JsonNode node = JSON.readTree(new String(body, StandardCharsets.UTF_8));
			if (node == null || !node.isObject() || node.size() != 3) {
				return Optional.empty();
			}
			JsonNode step = node.get("stepName");
			JsonNode stepExecution = node.get("stepExecutionId");
			JsonNode jobExecution = node.get("jobExecutionId");
			if (step == null || !step.isString() || stepExecution == null || !stepExecution.canConvertToLong()
					|| !stepExecution.isIntegralNumber() || jobExecution == null || !jobExecution.isIntegralNumber()
					|| !jobExecution.canConvertToLong()) {
				return Optional.empty();
			}
			PartitionRequest request = new PartitionRequest(step.asString(), stepExecution.asLong(), jobExecution.asLong());
			if (!request.stepName.matches("[A-Za-z][A-Za-z0-9]{0,63}") || request.stepExecutionId <= 0
					|| request.jobExecutionId <= 0) {
				return Optional.empty();
			}
			return Optional.of(request);
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

}
