package no.avtaleportal.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.account.AccountHolders;
import no.avtaleportal.support.PortalTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The OpenAPI document against the API (its words from the message bundles, here in bokmål): every operation it lists answers with a status it
 * documents, in the media type it documents, and a 200's JSON has exactly the fields of its
 * documented schema, nested objects and list items included.
 */
@PortalTest
class ApiContractTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private AccountHolders holders;

	@Autowired
	private RateLimiter limiter;

	@Test
	void everyDocumentedOperationAnswersAsDocumented() throws Exception {
		this.limiter.reset();
		MockHttpServletResponse specResponse = this.mvc.perform(get(ApiSecurity.SPEC)).andReturn().getResponse();
		assertThat(specResponse.getStatus()).isEqualTo(200);
		JsonNode spec = JSON.readTree(specResponse.getContentAsString());
		assertThat(spec.get("openapi").asString()).startsWith("3.");
		assertThat(spec.get("info").get("title").asString()).isEqualTo("Avtaleportalens lese-API");
		assertThat(spec.get("paths").get("/api/v1/indicators").get("get").get("summary").asString())
			.isEqualTo("Resultatindikatorene med måleverdier");
		long account = this.jdbc.sql("select id from user_account where username = 'admin'").query(Long.class).single();
		String token = this.tokens.create(this.holders.enabled(account).orElseThrow(), "contract", LocalDate.now().plusDays(1));
		long agreement = this.jdbc.sql("select id from agreement where import_key = 'ntnu-nho-2023'").query(Long.class).single();
		Set<String> paths = new TreeSet<>();
		spec.get("paths").propertyNames().forEach(paths::add);
		assertThat(paths).containsExactlyInAnyOrder("/api/v1/agreements", "/api/v1/agreements/{id}", "/api/v1/activities",
				"/api/v1/indicators", "/api/v1/meetings", "/api/v1/decisions");
		List<String> wrong = new ArrayList<>();
		for (String path : paths) {
			JsonNode operation = spec.get("paths").get(path).get("get");
			JsonNode responses = operation.get("responses");
			String url = path.replace("{id}", String.valueOf(agreement));
			check(wrong, spec, responses, url, this.mvc.perform(get(url).header("Authorization", "Bearer " + token))
				.andReturn().getResponse(), 200);
			check(wrong, spec, responses, url, this.mvc.perform(get(url)).andReturn().getResponse(), 401);
			String bad = path.contains("{id}") ? path.replace("{id}", "999999999") : path + "?size=0";
			check(wrong, spec, responses, bad, this.mvc.perform(get(bad).header("Authorization", "Bearer " + token))
				.andReturn().getResponse(), path.contains("{id}") ? 404 : 400);
		}
		assertThat(wrong).isEmpty();
	}

	private void check(List<String> wrong, JsonNode spec, JsonNode responses, String url, MockHttpServletResponse response,
			int expected) throws Exception {
		if (response.getStatus() != expected) {
			wrong.add(url + " answered " + response.getStatus() + ", expected " + expected);
			return;
		}
		JsonNode documented = responses.get(String.valueOf(expected));
		if (documented == null) {
			wrong.add(url + ": " + expected + " is not documented");
			return;
		}
		String type = response.getContentType().replaceFirst(";.*", "");
		JsonNode content = documented.get("content");
		if (content == null || content.get(type) == null) {
			wrong.add(url + ": " + expected + " documents " + ((content != null) ? content.propertyNames() : "no content")
					+ ", not " + type);
			return;
		}
		if (expected == 200) {
			compare(wrong, url, spec, content.get(type).get("schema"), JSON.readTree(response.getContentAsString()));
		}
	}

	/** The JSON value has exactly the properties of its schema, all the way down. */
	private void compare(List<String> wrong, String where, JsonNode spec, JsonNode schema, JsonNode value) {
		schema = resolve(spec, schema);
		if (value == null || value.isNull()) {
			return;
		}
		if (schema.has("properties")) {
			Set<String> documented = new TreeSet<>();
			schema.get("properties").propertyNames().forEach(documented::add);
			Set<String> actual = new TreeSet<>();
			value.propertyNames().forEach(actual::add);
			if (!documented.equals(actual)) {
				wrong.add(where + ": fields " + actual + ", documented " + documented);
				return;
			}
			for (String field : actual) {
				compare(wrong, where + "." + field, spec, schema.get("properties").get(field), value.get(field));
			}
		}
		else if (schema.has("items") && value.isArray() && !value.isEmpty()) {
			compare(wrong, where + "[0]", spec, schema.get("items"), value.get(0));
		}
	}

	private static JsonNode resolve(JsonNode spec, JsonNode schema) {
		while (schema.has("$ref")) {
			String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
			schema = spec.get("components").get("schemas").get(name);
		}
		return schema;
	}

}
