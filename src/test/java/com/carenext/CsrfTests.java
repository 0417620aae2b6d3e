package com.carenext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.carenext.support.CareNextTest;
import com.carenext.support.Endpoints;
import com.carenext.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

/** Every state-changing endpoint, called with a signed-in session but without a CSRF token, is refused. */
@CareNextTest
class CsrfTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ApplicationContext context;

    @Test
    void everyStateChangingEndpointRefusesAMissingToken() throws Exception {
        Fixtures.Town world = fixtures.town();
        RequestPostProcessor session = Fixtures.login(mvc, world.office().username());
        List<String> accepted = new ArrayList<>();
        int checked = 0;
        for (Endpoints.Endpoint endpoint : Endpoints.all(context)) {
            if (!endpoint.changesState()) {
                continue;
            }
            String uri = endpoint.pattern().replaceAll("\\{[^}]+}", String.valueOf(world.town().id()));
            int status = mvc.perform(request(HttpMethod.valueOf(endpoint.method().name()), uri).with(session)
                            .contentType(endpoint.isApi() ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_FORM_URLENCODED)
                            .content(endpoint.isApi() ? "{}" : ""))
                    .andReturn().getResponse().getStatus();
            checked++;
            if (status != 403) {
                accepted.add(endpoint + " answered " + status);
            }
        }
        assertThat(checked).isGreaterThan(10);
        assertThat(accepted).isEmpty();
    }
}
