package com.carenext.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Exports as a person asks for them: the list's export button (POST /exports with the list's filter), then waiting
 * for the job as the page does (its status through the API), then the file.
 */
public final class Exports {

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");
    private static final Pattern JOB = Pattern.compile("/exports/(\\d+)$");

    private Exports() {
    }

    /** Asks for an export; returns the job's id. {@code params} are name, value pairs of the list's filter. */
    public static long request(MockMvc mvc, RequestPostProcessor session, String kind, String... params)
            throws Exception {
        var call = post("/exports").param("kind", kind).with(session).with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            call.param(params[i], params[i + 1]);
        }
        var response = mvc.perform(call).andReturn().getResponse();
        String location = response.getRedirectedUrl();
        Matcher job = JOB.matcher(location == null ? "" : location);
        if (response.getStatus() != 302 || !job.find()) {
            throw new AssertionError("export " + kind + " refused: " + response.getStatus() + " "
                    + response.getContentAsString());
        }
        return Long.parseLong(job.group(1));
    }

    /** Waits (at most a minute) until the job finished; returns its final status. */
    public static String await(MockMvc mvc, RequestPostProcessor session, long id) throws Exception {
        return await(mvc, session, id, 60);
    }

    /** Waits at most the given seconds until the job finished; returns its final status. */
    public static String await(MockMvc mvc, RequestPostProcessor session, long id, long seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (true) {
            String body = mvc.perform(get("/api/v1/exports/" + id).with(session)).andReturn().getResponse()
                    .getContentAsString();
            Matcher status = STATUS.matcher(body);
            if (status.find() && (status.group(1).equals("DONE") || status.group(1).equals("FAILED"))) {
                return status.group(1);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("export " + id + " did not finish: " + body);
            }
            Thread.sleep(seconds > 60 ? 500 : 50);
        }
    }

    /** Asks for an export, waits for it and returns the .xlsx. */
    public static byte[] download(MockMvc mvc, RequestPostProcessor session, String kind, String... params)
            throws Exception {
        long id = request(mvc, session, kind, params);
        String status = await(mvc, session, id);
        if (!status.equals("DONE")) {
            throw new AssertionError("export " + id + " ended " + status);
        }
        var file = mvc.perform(get("/exports/" + id + "/file").with(session)).andReturn().getResponse();
        if (file.getStatus() != 200) {
            throw new AssertionError("download of export " + id + " answered " + file.getStatus());
        }
        return file.getContentAsByteArray();
    }
}
