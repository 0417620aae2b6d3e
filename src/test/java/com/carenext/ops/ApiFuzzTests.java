package com.carenext.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outside probe's fuzzer as a test: every operation of the OpenAPI document, called with seeded generated bad
 * inputs (wrong types, huge and empty strings, unicode, bad dates, missing and extra fields, bad path and query
 * values), a few thousand requests bounded in time: no 5xx, no stack trace, no exception class name in any body.
 */
@CareNextTest
class ApiFuzzTests {

    private static final long SEED = 20261202L;
    private static final int VARIANTS = 24;
    private static final long BUDGET_MILLIS = 120_000;
    private static final String[] STRINGS = {"", " ", "x".repeat(20_000), "五老🙂\u202e\u0000", "' OR 1=1 --",
            "<script>alert(1)</script>", "2023-02-30", "2023-13-45T25:61", "昨天", "-1", "9223372036854775808",
            "1e309", "NaN", "null", "../../etc/passwd", "%00", "TOWN_ADMIN", "true"};
    private static final String[] IDS = {"0", "-1", "abc", "9223372036854775808", "1.5", "五", "1", "2", "99999"};

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JsonMapper json;

    @Test
    void noOperationAnswersBadInputWithAServerErrorOrAStackTrace() throws Exception {
        var town = fixtures.town();
        RequestPostProcessor office = Fixtures.login(mvc, town.office().username());
        JsonNode document = json.readTree(mvc.perform(get("/v3/api-docs").with(office)).andReturn().getResponse()
                .getContentAsString());
        Random random = new Random(SEED);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long deadline = System.currentTimeMillis() + BUDGET_MILLIS;
        int operations = 0;
        int requests = 0;
        for (var path : document.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                HttpMethod method = HttpMethod.valueOf(operation.getKey().toUpperCase());
                operations++;
                for (int variant = 0; variant < VARIANTS && System.currentTimeMillis() < deadline; variant++) {
                    AbstractMockHttpServletRequestBuilder<?> request = request(document, path.getKey(), method,
                            operation.getValue(), random, variant);
                    MvcResult result = mvc.perform(request.with(office).with(csrf())).andReturn();
                    requests++;
                    int status = result.getResponse().getStatus();
                    byStatus.merge(status, 1, Integer::sum);
                    String body = result.getResponse().getContentAsString();
                    if (status >= 500 || body.contains("Exception") || body.contains("\tat ")
                            || body.contains("java.lang") || body.contains("org.springframework")
                            || body.contains("com.carenext.")) {
                        failures.add(method + " " + result.getRequest().getRequestURI() + " → " + status + ": "
                                + body.substring(0, Math.min(300, body.length())));
                    }
                }
            }
        }
        System.out.printf("ApiFuzzTests: %d operations, %d requests, by status %s%n", operations, requests, byStatus);
        assertThat(operations).isGreaterThan(50);
        assertThat(failures).as("server errors or leaks").isEmpty();
    }

    private AbstractMockHttpServletRequestBuilder<?> request(JsonNode document, String template, HttpMethod method,
                                                  JsonNode operation, Random random, int variant) {
        Map<String, String> pathValues = new HashMap<>();
        Map<String, String> query = new HashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asString();
            switch (parameter.path("in").asString()) {
                case "path" -> pathValues.put(name, IDS[random.nextInt(IDS.length)]);
                case "query" -> {
                    if (random.nextInt(3) > 0) {
                        query.put(name, random.nextBoolean() ? STRINGS[random.nextInt(STRINGS.length)]
                                : IDS[random.nextInt(IDS.length)]);
                    }
                }
                default -> {
                }
            }
        }
        URI uri = UriComponentsBuilder.fromPath(template).buildAndExpand(pathValues).encode().toUri();
        JsonNode content = operation.path("requestBody").path("content");
        AbstractMockHttpServletRequestBuilder<?> request;
        if (content.has("multipart/form-data")) {
            var multipart = MockMvcRequestBuilders.multipart(method, uri);
            if (variant % 2 == 1) {
                byte[] junk = STRINGS[random.nextInt(STRINGS.length)].getBytes(java.nio.charset.StandardCharsets.UTF_8);
                multipart.file(new MockMultipartFile(variant % 4 == 1 ? "file" : "files", "x.bin",
                        "application/octet-stream", junk));
            }
            request = multipart;
        } else {
            request = MockMvcRequestBuilders.request(method, uri);
            if (content.has("application/json")) {
                request.contentType(MediaType.APPLICATION_JSON)
                        .content(body(document, content.get("application/json").path("schema"), random, variant));
            } else if (content.has("text/plain")) {
                request.contentType(MediaType.TEXT_PLAIN).content(STRINGS[random.nextInt(STRINGS.length)]);
            }
        }
        query.forEach(request::param);
        return request.accept(MediaType.APPLICATION_JSON);
    }

    /** A hostile body for the schema: wrong types, bad values, missing and extra fields, or no JSON at all. */
    private String body(JsonNode document, JsonNode schema, Random random, int variant) {
        return switch (variant % 6) {
            case 0 -> "{\"unterminated\": ";
            case 1 -> "[]";
            case 2 -> "{}";
            default -> {
                JsonNode value = value(document, resolve(document, schema), random, 0, variant % 6 == 3);
                if (value instanceof ObjectNode object && variant % 6 == 5) {
                    object.put("extraField" + random.nextInt(100), STRINGS[random.nextInt(STRINGS.length)]);
                }
                yield value.toString();
            }
        };
    }

    private JsonNode value(JsonNode document, JsonNode schema, Random random, int depth, boolean wrongTypes) {
        String type = schema.path("type").asString();
        if (schema.has("properties") && depth < 3) {
            ObjectNode object = json.createObjectNode();
            for (var property : schema.get("properties").properties()) {
                if (random.nextInt(5) > 0) {
                    object.set(property.getKey(),
                            value(document, resolve(document, property.getValue()), random, depth + 1, wrongTypes));
                }
            }
            return object;
        }
        if (wrongTypes) {
            return switch (type) {
                case "integer", "number", "boolean" -> json.getNodeFactory().textNode(STRINGS[random.nextInt(STRINGS.length)]);
                case "array" -> json.getNodeFactory().numberNode(random.nextLong());
                default -> random.nextBoolean() ? json.getNodeFactory().numberNode(random.nextInt())
                        : json.createObjectNode().put("nested", "五老");
            };
        }
        return switch (type) {
            case "integer" -> json.getNodeFactory().numberNode(new long[]{0, -1, Long.MAX_VALUE, Integer.MIN_VALUE,
                    1, 2}[random.nextInt(6)]);
            case "number" -> json.getNodeFactory().numberNode(new double[]{-1e308, 0.0, 1e308, -0.5}[random.nextInt(4)]);
            case "boolean" -> json.getNodeFactory().booleanNode(random.nextBoolean());
            case "array" -> json.createArrayNode()
                    .add(value(document, resolve(document, schema.path("items")), random, depth + 1, false));
            default -> json.getNodeFactory().textNode(STRINGS[random.nextInt(STRINGS.length)]);
        };
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current.has("$ref") && hops < 5; hops++) {
            String name = current.get("$ref").asString().substring("#/components/schemas/".length());
            current = document.path("components").path("schemas").path(name);
        }
        return current;
    }
}
