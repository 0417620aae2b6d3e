package com.carenext.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.carenext.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The 500s an outside fuzzer found, each answered as the client's error it is. */
@CareNextTest
class NeverA500Tests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void aMultipartWithoutItsFilePartIsABadRequest() throws Exception {
        var town = fixtures.town();
        var office = Fixtures.login(mvc, town.office().username());
        MvcResult api = mvc.perform(multipart("/api/v1/plans/parse").param("other", "x").with(office).with(csrf())
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest()).andReturn();
        assertClean(api);
        MvcResult page = mvc.perform(multipart("/volunteers/import").param("other", "x").with(office).with(csrf()))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isBetween(200, 499);
        assertClean(page);
    }

    @Test
    void theErrorPathAskedDirectlyIsNoServerError() throws Exception {
        var town = fixtures.town();
        MvcResult anonymous = mvc.perform(get("/error")).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isBetween(200, 499);
        assertClean(anonymous);
        MvcResult signedIn = mvc.perform(get("/error").with(Fixtures.login(mvc, town.office().username()))).andReturn();
        assertThat(signedIn.getResponse().getStatus()).isBetween(200, 499);
        assertClean(signedIn);
        MvcResult json = mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)).andReturn();
        assertThat(json.getResponse().getStatus()).isBetween(200, 499);
        assertClean(json);
    }

    @Test
    void theVolunteerExportIsForbiddenToRolesThatMayNotExport() throws Exception {
        var town = fixtures.town();
        for (String username : new String[]{town.auditor().username(), town.security().username(),
                fixtures.user("corr" + System.nanoTime() % 100000, town.villageA(), Role.CORRESPONDENT).username(),
                fixtures.user("vol" + System.nanoTime() % 100000, town.villageA(), Role.VOLUNTEER).username()}) {
            MvcResult result = mvc.perform(post("/exports").param("kind", "VOLUNTEER").with(csrf())
                            .with(Fixtures.login(mvc, username))).andExpect(status().isForbidden()).andReturn();
            assertClean(result);
        }
        com.carenext.support.Exports.download(mvc, Fixtures.login(mvc, town.office().username()), "VOLUNTEER");
    }

    static void assertClean(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString();
        assertThat(body).doesNotContain("Exception", "\tat ", "java.lang", "org.springframework", "com.carenext");
    }
}
