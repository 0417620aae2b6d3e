package com.carenext.audit;

import com.carenext.shared.BadRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads an {@link AuditFilter} handler parameter straight from the request's parameters (the page and the API alike):
 * the data binder that built the record through its constructor cost about 7 % of an audit request's CPU
 * (docs/performance.md). A value that is not a date or an outcome is the caller's mistake: 400 with a message.
 */
@Configuration(proxyBeanMethods = false)
class AuditFilterArguments implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == AuditFilter.class;
    }

    @Override
    public AuditFilter resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                       NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return new AuditFilter(text(request, "username"), text(request, "action"), text(request, "targetType"),
                text(request, "targetId"), outcome(text(request, "outcome")), text(request, "path"),
                date(text(request, "from")), date(text(request, "to")));
    }

    /** A parameter as sent; blank counts as absent, as the binder's empty-string handling did. */
    private static String text(NativeWebRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isEmpty() ? null : value;
    }

    private static AuditEvent.Outcome outcome(String value) {
        if (value == null) {
            return null;
        }
        try {
            return AuditEvent.Outcome.valueOf(value.strip());
        } catch (IllegalArgumentException notAnOutcome) {
            throw new BadRequestException("error.badRequest");
        }
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            throw new BadRequestException("error.badRequest");
        }
    }
}
