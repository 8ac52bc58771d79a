package no.avtaleportal.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.AgreementSummary;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.web.PublicAddress;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's documentation for signed-in users ({@value #PATH}): a page of the portal drawn on the
 * server from the OpenAPI document itself ({@value ApiSecurity#SPEC}, in the user's language), so
 * that it says what the document says: each operation with its parameters, its answers and a
 * {@code curl} call to copy, made from the portal's public address and the agreement the user's
 * dashboard opens on ({@link AgreementSummary#preferred}). It replaces Swagger UI, which axe found 50 WCAG violations in (contrast, nested buttons,
 * unlabelled fields), which needs JavaScript and speaks English only.
 */
@Controller
class ApiDocumentationController {

	static final String PATH = "/api-docs";

	private final OpenApiWebMvcResource openApi;

	private final Agreements agreements;

	private final PublicAddress address;

	private final JsonMapper json;

	private final RateLimiter limiter;

	ApiDocumentationController(OpenApiWebMvcResource openApi, Agreements agreements, PublicAddress address,
			JsonMapper json, RateLimiter limiter) {
		this.limiter = limiter;
		this.openApi = openApi;
		this.agreements = agreements;
		this.address = address;
		this.json = json;
	}

	@GetMapping(PATH)
	String show(HttpServletRequest request, Locale locale, @AuthenticationPrincipal SignedInUser user, Model model)
			throws Exception {
		JsonNode spec = this.json.readTree(this.openApi.openapiJson(request, PATH, locale));
		long agreement = AgreementSummary.preferred(this.agreements.visibleTo(user)).map(AgreementSummary::id).orElse(1L);
		String root = this.address.root().toUriString();
		List<Operation> operations = new ArrayList<>();
		spec.get("paths").properties().forEach(path -> path.getValue().properties().forEach(
				method -> operations.add(Operation.of(method.getKey(), path.getKey(), method.getValue(), root, agreement))));
		operations.sort(java.util.Comparator.comparing(Operation::path));
		model.addAttribute("info", spec.get("info"));
		model.addAttribute("security", spec.at("/components/securitySchemes/bearer/description").asString(""));
		model.addAttribute("operations", operations);
		model.addAttribute("spec", ApiSecurity.SPEC);
		model.addAttribute("perMinute", this.limiter.perMinute());
		return "api/documentation";
	}

	/** One operation of the document, as the page shows it. */
	public record Operation(String method, String path, String anchor, String summary, String description,
			List<Parameter> parameters, List<Answer> answers, String curl) {

		static Operation of(String method, String path, JsonNode operation, String root, long agreement) {
			List<Parameter> parameters = new ArrayList<>();
			operation.path("parameters").forEach(parameter -> parameters.add(new Parameter(
					parameter.get("name").asString(), parameter.get("in").asString(),
					parameter.path("required").asBoolean(false), type(parameter.path("schema")),
					parameter.path("description").asString(""))));
			List<Answer> answers = new ArrayList<>();
			operation.path("responses").properties().forEach(answer -> answers.add(new Answer(answer.getKey(),
					answer.getValue().path("description").asString(""),
					String.join(", ", answer.getValue().path("content").propertyNames()))));
			answers.sort(java.util.Comparator.comparing(Answer::status));
			String example = path.replace("{id}", String.valueOf(agreement));
			if (parameters.stream().anyMatch(parameter -> parameter.name().equals("agreement"))) {
				example += "?agreement=" + agreement + "&page=0&size=50";
			}
			String curl = "curl -H \"Authorization: Bearer avp_…\" \\\n  \"" + root + example + "\"";
			return new Operation(method.toUpperCase(Locale.ROOT), path,
					method + path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", ""),
					operation.path("summary").asString(""), operation.path("description").asString(""), parameters,
					answers, curl);
		}

		/** The schema's type as the document writes it: {@code integer (int64)}, {@code string (date-time)}. */
		private static String type(JsonNode schema) {
			String type = schema.path("type").asString("");
			return schema.has("format") ? type + " (" + schema.get("format").asString() + ")" : type;
		}

	}

	/** A parameter: its name, where it goes ({@code query}, {@code path}), whether it must be given, its type. */
	public record Parameter(String name, String in, boolean required, String type, String description) {
	}

	/** An answer the operation may give: its HTTP status, what it means and its media types. */
	public record Answer(String status, String description, String mediaTypes) {
	}

}
