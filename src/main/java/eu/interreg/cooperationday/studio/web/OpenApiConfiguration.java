package eu.interreg.cooperationday.studio.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: the public and staff APIs, the staff API's HTTP
 * Basic scheme, and, per operation, what it really answers ({@link #TRUTHS}): 202 or 302 where it does,
 * and each refusal as RFC 9457 problem+json.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String PROBLEM = "Problem";

	@Bean
	OpenAPI studioOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Cooperation Day Studio API")
				.version("1")
				.description("Ask for a programme's Interreg Cooperation Day material (video, posters, social images), "
						+ "follow its status, download it through stable links; staff render many programmes at once."))
			.components(new Components().addSecuritySchemes("staff",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			// anyone may call an operation unless it says otherwise: the staff ones ask for the staff scheme
			.addSecurityItem(new SecurityRequirement());
	}

	private static Schema<?> problemSchema() {
		Schema<?> fieldError = new ObjectSchema().addProperty("field", new StringSchema().description("form field"))
			.addProperty("reason", new StringSchema().description("why, for people"));
		Schema<?> problem = new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new StringSchema().example("about:blank"))
			.addProperty("title", new StringSchema().example("Invalid request"))
			.addProperty("status", new IntegerSchema().example(422))
			.addProperty("detail", new StringSchema().example("The language 'xx' is not supported."))
			.addProperty("instance", new StringSchema().example("/api/render-requests"))
			.addProperty("errors", new ArraySchema().items(fieldError));
		return problem;
	}

	/**
	 * What each operation really answers, as the integration tests see it: its summary, its success (202
	 * with {@code Location} for a submission, 302 for a download link) and every refusal it can give, each a
	 * problem+json. Springdoc infers a 200 from the handler's return type; these replace what it guessed.
	 */
	record Truth(String summary, String success, String successDescription, List<Integer> refusals, boolean staff,
			List<String> requiredFields) {

		Truth(String summary, String success, String successDescription, List<Integer> refusals, boolean staff) {
			this(summary, success, successDescription, refusals, staff, List.of());
		}

	}

	static final Map<String, Truth> TRUTHS = Map.ofEntries(
			Map.entry("post /api/render-requests", new Truth("Ask for a programme's material", "202",
					"Accepted: the request is queued (or waits for its sender to confirm the address); Location names its status",
					List.of(400, 411, 413, 415, 422, 429, 503), false, List.of("programmeName", "language", "contactEmail", "logo"))),
			Map.entry("get /api/render-requests/{id}", new Truth("The status of a request and its files", "200", "The status",
					List.of(404), false)),
			Map.entry("post /api/previews", new Truth(null, "200", "The preview, a PNG", List.of(400, 411, 413, 415, 422, 429, 503), false,
					List.of("programmeName", "language", "logo"))),
			Map.entry("get /d/{token}", new Truth("Download one file through its stable link", "302",
					"Found: Location is a freshly presigned address of the file", List.of(404, 429), false)),
			Map.entry("get /requests/{id}/download.zip", new Truth(null, "200", "The zip", List.of(404, 429), false)),
			Map.entry("post /api/bulk-renders", new Truth("Render many programmes from a CSV and a zip of logos", "202",
					"Accepted: the bulk render started; Location names its status", List.of(400, 401, 411, 413, 422, 429), true,
					List.of("programmes", "logos"))),
			Map.entry("get /api/bulk-renders/{id}", new Truth("The progress of a bulk render", "200", "The progress",
					List.of(401, 404, 429), true)),
			Map.entry("post /api/bulk-renders/{id}/restart", new Truth("Render again what a bulk render is missing", "202",
					"Accepted: the failed requests restart", List.of(401, 404, 429), true)),
			Map.entry("get /api/stats", new Truth("The campaign figures: requests and downloads (JSON or CSV)", "200",
					"The figures", List.of(401, 429), true)));

	/**
	 * A multipart operation's text fields are parts of its form, not query parameters (springdoc lists a
	 * {@code @RequestParam} beside a file part as a query parameter); the fields a request cannot do
	 * without are required (the handlers take them as optional only to answer their absence themselves).
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void moveFieldsIntoTheForm(Operation operation, List<String> required) {
		if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
			return;
		}
		MediaType form = operation.getRequestBody().getContent().get("multipart/form-data");
		if (form == null || form.getSchema() == null) {
			return;
		}
		Schema schema = form.getSchema();
		if (operation.getParameters() != null) {
			for (Parameter parameter : List.copyOf(operation.getParameters())) {
				if ("query".equals(parameter.getIn())) {
					Schema property = parameter.getSchema() == null ? new StringSchema() : parameter.getSchema();
					if (parameter.getDescription() != null) {
						property.setDescription(parameter.getDescription());
					}
					schema.addProperty(parameter.getName(), property);
					operation.getParameters().remove(parameter);
				}
			}
		}
		for (String field : required) {
			if (schema.getProperties() != null && schema.getProperties().containsKey(field)) {
				schema.addRequiredItem(field);
			}
		}
		operation.getRequestBody().setRequired(true);
	}

	private static final Map<Integer, String> REASONS = Map.of(400, "A required field is missing", 401,
			"Staff credentials are required", 404, "Not found", 411,
			"The body was sent without a Content-Length (chunked): its size is checked before a byte is read", 413,
			"The body or the logo is too large", 415,
			"The logo is not a PNG, JPEG or SVG (or not what its name says)", 422, "A field is invalid", 429,
			"Over a per-client limit; Retry-After says when to try again", 503,
			"The studio is busy; Retry-After says when to try again");

	/** Every operation's summary, real answers and problem+json refusals; the staff ones need the staff scheme. */
	@Bean
	OpenApiCustomizer truths() {
		// added here, after springdoc has pruned the schemas no generated operation refers to
		return (openApi) -> {
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			Content problem = new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				Truth truth = TRUTHS.get(method.name().toLowerCase(Locale.ROOT) + " " + path);
				if (truth == null) {
					return;
				}
				moveFieldsIntoTheForm(operation, truth.requiredFields());
				if (truth.summary() != null && (operation.getSummary() == null || operation.getSummary().isBlank())) {
					operation.setSummary(truth.summary());
				}
				ApiResponses responses = operation.getResponses();
				ApiResponse success = responses.remove("200");
				ApiResponse answer = (success != null ? success : new ApiResponse()).description(truth.successDescription());
				if (truth.success().equals("302") || truth.success().equals("202")) {
					answer.addHeaderObject("Location", new Header().description(truth.success().equals("302")
							? "Where the file is" : "Where the status is").schema(new StringSchema()));
				}
				if (truth.success().equals("302")) {
					answer.setContent(null);
				}
				responses.addApiResponse(truth.success(), answer);
				for (int status : truth.refusals()) {
					responses.addApiResponse(Integer.toString(status),
							new ApiResponse().description(REASONS.get(status)).content(problem));
				}
				if (truth.staff()) {
					operation.setSecurity(List.of(new SecurityRequirement().addList("staff")));
				}
			}));
		};
	}

}
