package com.carenext.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every mapped handler of the application (one entry per pattern and method), for tests that must cover all. */
public final class Endpoints {

    /** Endpoints that are public or the framework's own, outside the application's scope rules. */
    private static final Set<String> FRAMEWORK = Set.of("/error", "/login", "/v3/api-docs", "/v3/api-docs.yaml",
            "/v3/api-docs/swagger-config", "/swagger-ui.html", "/v3/api-docs/{group}");

    private Endpoints() {
    }

    public record Endpoint(RequestMethod method, String pattern, HandlerMethod handler) {

        public boolean changesState() {
            return method != RequestMethod.GET && method != RequestMethod.HEAD && method != RequestMethod.OPTIONS;
        }

        public boolean isApi() {
            return pattern.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    public static List<Endpoint> all(ApplicationContext context) {
        RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        List<Endpoint> endpoints = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("com.carenext")) {
                return;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (FRAMEWORK.contains(pattern)) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(method, pattern, handler));
                }
            }
        });
        return endpoints;
    }
}
