package com.carenext.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.support.CareNextTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** CareNext installs as a phone app: a manifest, its icons and a service worker whose scope is the whole site. */
@CareNextTest
class InstallableAppTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void theManifestNamesTheAppInChineseAndPointsAtItsIconsAndTheVolunteersHome() throws Exception {
        String body = mvc.perform(get("/manifest.webmanifest").header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/manifest+json"))
                .andReturn().getResponse().getContentAsString();
        JsonNode manifest = json.readTree(body);
        assertThat(manifest.get("name").asString()).isEqualTo("关工委");
        assertThat(manifest.get("start_url").asString()).isEqualTo("/my");
        assertThat(manifest.get("display").asString()).isEqualTo("standalone");
        assertThat(manifest.get("icons")).hasSize(2);
        for (JsonNode icon : manifest.get("icons")) {
            byte[] png = mvc.perform(get(icon.get("src").asString())).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        }
    }

    @Test
    void theServiceWorkerIsServedFromTheRootWithoutLoginAndIsNeverCachedStale() throws Exception {
        String worker = mvc.perform(get("/sw.js"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/javascript"))
                .andExpect(header().string("Service-Worker-Allowed", "/"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-cache")))
                .andReturn().getResponse().getContentAsString();
        assertThat(worker).contains("addEventListener('fetch'").contains("/patrol\\/check-in");
    }

    @Test
    void everyPageLinksTheManifestAndTheOfflineQueue() throws Exception {
        String login = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(login).contains("rel=\"manifest\"").contains("/js/offline.js").contains("id=\"font-toggle\"")
                .contains("href=\"/join\"");
        String join = mvc.perform(get("/join")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(join).contains("id=\"font-toggle\"").doesNotContain("data-bs-target=\"#sidebar\"");
    }
}
