package com.carenext.audit;

import com.carenext.shared.AuditedAs;
import com.carenext.security.CurrentActors;
import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.Flash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.BindingResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
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
    private static final String INVALID = "error.invalid";

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
            int status = response.getStatus();
            String reason = refusal(request, status);
            AuditEvent.Outcome outcome = ex != null || status >= 500 ? AuditEvent.Outcome.FAILURE
                    : reason != null ? AuditEvent.Outcome.REFUSED : AuditEvent.Outcome.SUCCESS;
            trail.append(new AuditEntry(actor == null ? null : actor.username(),
                    actor == null ? null : actor.displayName(), actor == null ? null : actor.scopePath(), action(method), request.getMethod(),
                    request.getRequestURI(), target[0], target[1], request.getRemoteAddr(), outcome, status,
                    outcome == AuditEvent.Outcome.FAILURE ? null : reason, parameterNames(request)));
        } catch (RuntimeException e) {
            log.error("Could not record audit event for {} {}", request.getMethod(), request.getRequestURI(), e);
        }
    }

    /**
     * Notes a refusal that a handler showed on the page it renders (a {@code failure} message or a form with
     * errors) without going through {@link Flash}.
     */
    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView view) {
        if (view == null || SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        if (view.getModel().get("failure") instanceof String key) {
            Flash.markRefused(key);
        }
        for (Object value : view.getModel().values()) {
            if (value instanceof BindingResult result && result.hasErrors()) {
                Flash.markRefused(INVALID);
            }
        }
    }

    /**
     * Why the request was refused, or null when it was not: the reason marked through {@link Flash} (a broken rule,
     * an error answer), a {@code failure} message carried to the page redirected to, or any other 4xx answer.
     */
    private static String refusal(HttpServletRequest request, int status) {
        if (request.getAttribute(Flash.REFUSAL_ATTRIBUTE) instanceof String key) {
            return key;
        }
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        if (flash != null && flash.get("failure") instanceof String key) {
            return key;
        }
        return status >= 400 && status < 500 ? INVALID : null;
    }

    static String action(HandlerMethod method) {
        return auditedName(method) + "." + method.getMethod().getName();
    }

    /** The controller's name in the trail: its {@link AuditedAs}, else its class name without Pages, Api or Controller. */
    private static String auditedName(HandlerMethod method) {
        AuditedAs named = method.getBeanType().getAnnotation(AuditedAs.class);
        return named != null ? named.value()
                : method.getBeanType().getSimpleName().replaceAll("(Pages|Api|Controller)$", "");
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
            String type = "id".equals(last) ? auditedName(method) : last.replaceAll("Id$", "");
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
