package com.carenext.shared;

import java.lang.reflect.RecordComponent;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * The API's GET of a single record answers its version as the {@code ETag} ({@code "3"}), so a client can send it
 * back as {@code If-Match} on the update instead of in the body ({@link StaleEditException#requireSeen}).
 */
@ControllerAdvice
class VersionETags implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return returnType.getParameterType().isRecord();
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof Record record && request.getMethod() == HttpMethod.GET
                && request.getURI().getPath().contains(ApiRequests.PREFIX)) {
            Object version = version(record);
            if (version instanceof Number number) {
                response.getHeaders().set(HttpHeaders.ETAG, "\"" + number.longValue() + "\"");
            }
        }
        return body;
    }

    private static Object version(Record record) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals("version")) {
                try {
                    return component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException unreadable) {
                    return null;
                }
            }
        }
        return null;
    }
}
