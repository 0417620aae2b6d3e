package com.carenext.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;

/**
 * An {@link IllegalArgumentException} thrown by our own code is a bug: it is answered 500 and logged, never passed
 * off as the caller's 400. Only the framework's reading, binding and conversion failures, and our own
 * {@link BadRequestException}, are 400.
 */
class ErrorMappingTest {

    private final ExceptionHandlerMethodResolver handlers = new ExceptionHandlerMethodResolver(ErrorAdvice.class);

    private String handlerOf(Exception e) {
        return handlers.resolveMethod(e).getName();
    }

    @Test
    void anIllegalArgumentFromOurCodeIsAnUnexpectedFailure() {
        assertThat(handlerOf(new IllegalArgumentException("our bug"))).isEqualTo("unexpected");
        assertThat(handlerOf(new IllegalStateException("our bug"))).isEqualTo("unexpected");
    }

    @Test
    void bindingAndConversionFailuresAndOurBadRequestsAreTheCallersFault() {
        assertThat(handlerOf(new TypeMismatchException("x", Long.class))).isEqualTo("unreadable");
        assertThat(handlerOf(new BadRequestException("error.badMonth", "2023-13"))).isEqualTo("badRequest");
        assertThat(handlerOf(new BusinessRuleException("some.rule"))).isEqualTo("rule");
    }

    @Test
    void aClientThatWentAwayIsNoServerFailure() {
        assertThat(handlerOf(new org.springframework.web.context.request.async.AsyncRequestNotUsableException(
                "Servlet container error notification for disconnected client"))).isEqualTo("clientGone");
    }
}
