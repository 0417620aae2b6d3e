package com.carenext.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of a request into an answer a person can read: an RFC 9457 problem detail with a Chinese
 * {@code detail} under {@code /api/}, an error page elsewhere. Nothing here ever shows a stack trace.
 */
@ControllerAdvice
class ErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    private final MessageSource messages;

    ErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "error.notFound", null);
    }

    /** No page and no static file at this address (static files are served only under their own prefixes). */
    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    Object noResource(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "error.notFound", null);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    Object denied(RuntimeException e, HttpServletRequest request) {
        return answer(request, HttpStatus.FORBIDDEN, "error.forbidden", null);
    }

    @ExceptionHandler(BadRequestException.class)
    Object badRequest(BadRequestException e, HttpServletRequest request) {
        String detail = messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale());
        return answerWithDetail(request, HttpStatus.BAD_REQUEST, detail, null);
    }

    @ExceptionHandler(BusinessRuleException.class)
    Object rule(BusinessRuleException e, HttpServletRequest request) {
        String detail = messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale());
        Flash.markRefused(e.messageKey());
        return answerWithDetail(request, HttpStatus.UNPROCESSABLE_CONTENT, detail, null);
    }

    /**
     * A stale or version-less edit: 409 on the API; on a page, back to the form it came from, which now shows the
     * record as the other person saved it, with a message saying so, so nobody overwrites a change unseen.
     */
    @ExceptionHandler({StaleEditException.class, OptimisticLockingFailureException.class})
    Object conflict(RuntimeException e, HttpServletRequest request) {
        String form = ApiRequests.isApi(request) ? null : sameSiteReferrer(request);
        if (form == null) {
            return answer(request, HttpStatus.CONFLICT, "error.conflict", null);
        }
        RequestContextUtils.getOutputFlashMap(request).put("failure", "error.conflict.reloaded");
        return new ModelAndView("redirect:" + form);
    }

    /** The path of the page that sent the form, when it is a page of this application; otherwise null. */
    private static String sameSiteReferrer(HttpServletRequest request) {
        String referrer = request.getHeader("Referer");
        if (referrer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referrer);
            boolean sameHost = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
            String path = uri.getRawPath();
            if (!sameHost || path == null || !path.startsWith(request.getContextPath() + "/") || path.startsWith("//")) {
                return null;
            }
            String local = path.substring(request.getContextPath().length());
            return uri.getRawQuery() == null ? local : local + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    @ExceptionHandler(DuplicateKeyException.class)
    Object duplicate(DuplicateKeyException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, "error.duplicate", null);
    }

    @ExceptionHandler(BindException.class)
    Object invalid(BindException e, HttpServletRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : e.getFieldErrors()) {
            fields.putIfAbsent(error.getField(), messages.getMessage(error, locale()));
        }
        return answer(request, HttpStatus.BAD_REQUEST, "error.invalid", fields);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "error.invalid", null);
    }

    /** Only the framework's own reading, binding and conversion failures are the caller's fault (400). */
    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class, ServletRequestBindingException.class,
            ConversionFailedException.class, TypeMismatchException.class})
    Object unreadable(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "error.badRequest", null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "error.method", null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.mediaType", null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONTENT_TOO_LARGE, "error.tooLarge", null);
    }

    @ExceptionHandler(MultipartException.class)
    Object multipart(MultipartException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "error.badRequest", null);
    }

    @ExceptionHandler(BusyException.class)
    Object busy(BusyException e, HttpServletRequest request) {
        return answer(request, HttpStatus.SERVICE_UNAVAILABLE, "error.busy", null);
    }

    /**
     * The client went away while the answer was being written (a closed tab, a phone losing signal, a load
     * balancer's health check timing out): there is nobody left to answer, and it is not the server's failure.
     */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException e, HttpServletRequest request, HttpServletResponse response) {
        log.debug("Client gone during {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        if (DatabaseUnavailable.isOutage(e)) {
            log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            return answer(request, HttpStatus.SERVICE_UNAVAILABLE, "error.unavailable", null);
        }
        if (e instanceof ErrorResponse framework && framework.getStatusCode().is4xxClientError()) {
            // The framework's own client errors (a missing multipart part, header or path variable; a type it
            // cannot produce): the status it names, never a 500.
            HttpStatus status = HttpStatus.resolve(framework.getStatusCode().value());
            return answer(request, status == null ? HttpStatus.BAD_REQUEST : status, "error.badRequest", null);
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", null);
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String key, Map<String, String> fields) {
        if (status.is4xxClientError()) {
            Flash.markRefused(key);
        }
        return answerWithDetail(request, status, messages.getMessage(key, null, key, locale()), fields);
    }

    private Object answerWithDetail(HttpServletRequest request, HttpStatus status, String detail,
                                    Map<String, String> fields) {
        if (ApiRequests.isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setInstance(URI.create(request.getRequestURI()));
            if (fields != null && !fields.isEmpty()) {
                problem.setProperty("errors", fields);
            }
            return ResponseEntity.status(status).body(problem);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        page.addObject("fields", fields);
        return page;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
