package com.carenext.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The version rule: the edit names the version it read, in the body or as If-Match; missing or old is a conflict. */
class StaleEditExceptionTest {

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theVersionReadIsAcceptedAndReturned() {
        assertThat(StaleEditException.requireSeen("Thing", 1, 3L, 3L)).isEqualTo(3L);
    }

    @Test
    void anOldOrMissingVersionIsAConflict() {
        assertThatThrownBy(() -> StaleEditException.requireSeen("Thing", 1, 2L, 3L))
                .isInstanceOf(StaleEditException.class).hasMessageContaining("Thing 1");
        assertThatThrownBy(() -> StaleEditException.requireSeen("Thing", 1, null, 3L))
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> StaleEditException.requireSeen("Thing", 1, 4L, 3L))
                .isInstanceOf(StaleEditException.class);
    }

    private static void request(String path, String ifMatch) {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", path);
        if (ifMatch != null) {
            request.addHeader("If-Match", ifMatch);
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @Test
    void anApiCallMayNameTheVersionAsIfMatchInEveryUsualSpelling() {
        for (String header : new String[]{"\"3\"", "W/\"3\"", "3", " \"3\" "}) {
            request("/api/v1/things/1", header);
            assertThat(StaleEditException.requireSeen("Thing", 1, null, 3L)).as(header).isEqualTo(3L);
        }
        request("/api/v1/things/1", "\"2\"");
        assertThatThrownBy(() -> StaleEditException.requireSeen("Thing", 1, null, 3L))
                .isInstanceOf(StaleEditException.class);
        request("/api/v1/things/1", "*");
        assertThatThrownBy(() -> StaleEditException.requireSeen("Thing", 1, null, 3L))
                .as("not a version").isInstanceOf(StaleEditException.class);
    }

    @Test
    void theBodyWinsOverIfMatchAndPagesIgnoreIt() {
        request("/api/v1/things/1", "\"3\"");
        assertThatThrownBy(() -> StaleEditException.requireSeen("Thing", 1, 2L, 3L))
                .isInstanceOf(StaleEditException.class);
        request("/things/1", "\"3\"");
        assertThatThrownBy(() -> StaleEditException.requireSeen("Thing", 1, null, 3L))
                .as("a page form names its version in a field").isInstanceOf(StaleEditException.class);
        request("/api/v1/things/1", null);
        assertThatThrownBy(() -> StaleEditException.requireSeen("Thing", 1, null, 3L))
                .isInstanceOf(StaleEditException.class);
    }
}
