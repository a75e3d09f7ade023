package eu.interreg.cooperationday.studio.web;

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
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: the public and staff APIs, the staff API's HTTP
 * Basic scheme, and the RFC 9457 problem+json shape every refusal uses, on every operation.
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
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
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

	/** Every operation may answer with a problem; the staff operations need the staff scheme. */
	@Bean
	OpenApiCustomizer problems() {
		// added here, after springdoc has pruned the schemas no generated operation refers to
		return (openApi) -> {
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			openApi.getPaths().forEach((path, item) -> item.readOperations().forEach((operation) -> {
			Content content = new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
			operation.getResponses().addApiResponse("4XX", new ApiResponse().description("Refused").content(content));
			operation.getResponses().addApiResponse("5XX", new ApiResponse().description("Failed").content(content));
				if (path.startsWith("/api/bulk-renders")) {
					operation.addSecurityItem(new io.swagger.v3.oas.models.security.SecurityRequirement().addList("staff"));
				}
			}));
		};
	}

}
