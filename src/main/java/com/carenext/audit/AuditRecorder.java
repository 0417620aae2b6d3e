package com.carenext.audit;

import com.carenext.security.CurrentActors;
import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Records every state-changing request that reaches a handler, after it completed, with its outcome: so a new
 * endpoint is audited without anyone remembering to. The action is the handler ({@code Organization.move}); the
 * target is the record named by the handler ({@link AuditTarget}) or by the URL's last path variable. Parameter
 * names are kept, their values not (they may be personal data or passwords).
 */
@Configuration(proxyBeanMethods = false)
class AuditRecorder implements HandlerInterceptor, WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(AuditRecorder.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> HIDDEN_PARAMETERS = Set.of("_csrf");

    private final AuditLog trail;
    private final CurrentActors actors;

    AuditRecorder(AuditLog auditLog, CurrentActors actors) {
        this.trail = auditLog;
        this.actors = actors;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        if (SAFE_METHODS.contains(request.getMethod()) || !(handler instanceof HandlerMethod method)) {
            return;
        }
        try {
            Actor actor = actors.current().orElse(null);
            String[] target = target(request, method);
            boolean ok = ex == null && response.getStatus() < 400;
            trail.append(actor == null ? null : actor.username(), actor == null ? null : actor.scopePath(),
                    action(method), request.getMethod(), request.getRequestURI(), target[0], target[1],
                    request.getRemoteAddr(), ok ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.FAILURE,
                    response.getStatus(), parameterNames(request));
        } catch (RuntimeException e) {
            log.error("Could not record audit event for {} {}", request.getMethod(), request.getRequestURI(), e);
        }
    }

    static String action(HandlerMethod method) {
        String type = method.getBeanType().getSimpleName().replaceAll("(Pages|Api|Controller)$", "");
        return type + "." + method.getMethod().getName();
    }

    private static String[] target(HttpServletRequest request, HandlerMethod method) {
        if (request.getAttribute(AuditTarget.TYPE_ATTRIBUTE) instanceof String type) {
            return new String[]{type, (String) request.getAttribute(AuditTarget.ID_ATTRIBUTE)};
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && !variables.isEmpty()) {
            String last = null;
            for (Object name : variables.keySet()) {
                last = (String) name;
            }
            String type = "id".equals(last)
                    ? method.getBeanType().getSimpleName().replaceAll("(Pages|Api|Controller)$", "")
                    : last.replaceAll("Id$", "");
            return new String[]{type, String.valueOf(variables.get(last))};
        }
        return new String[]{null, null};
    }

    private static String parameterNames(HttpServletRequest request) {
        Set<String> names = new TreeSet<>(request.getParameterMap().keySet());
        names.removeAll(HIDDEN_PARAMETERS);
        return names.isEmpty() ? null : String.join(",", names);
    }
}
