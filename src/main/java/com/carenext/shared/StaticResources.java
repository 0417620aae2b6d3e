package com.carenext.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Static files only under their own prefixes, each with a cached resource chain. Spring Boot's default static path
 * {@code /**} (with {@code spring.web.resources.add-mappings=false} it is off) made {@code ResourceUrlEncodingFilter}
 * look every page link ({@code @{/volunteers/1}}) up on the classpath, a jar lookup per link and a miss that the
 * chain's cache never keeps; with these prefixes a page link matches no handler and costs nothing, and a static URL
 * is resolved once and then served from the chain's cache.
 *
 * <p>How long a browser may keep them: a webjar under its version ({@code /webjars/bootstrap/5.3.8/…}, the address
 * every page links) never changes, so it is kept for a year without asking again; everything else (the unversioned
 * webjar paths the service worker fetches, {@code /css}, {@code /js}, {@code /img}, {@code /icons}) is asked for
 * again each time and answered 304 when unchanged. Without a Cache-Control of their own they got Spring Security's
 * {@code no-store}, meant for pages with personal data: a browser the service worker does not control (an older
 * phone's, an in-app browser's) fetched 400 KB of Bootstrap and htmx on every page.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    static final String[] PATTERNS = {"/css/**", "/js/**", "/img/**", "/icons/**"};
    /** A webjar's path with its version: the version is the second segment and starts with a digit. */
    static final String VERSIONED_WEBJARS = "/webjars/{webjar}/{version:\\d[-.\\w]*}/**";
    private static final String WEBJARS = "classpath:/META-INF/resources/webjars/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String pattern : PATTERNS) {
            String folder = pattern.substring(1, pattern.length() - 2);
            registry.addResourceHandler(pattern).addResourceLocations("classpath:/static/" + folder)
                    .setCacheControl(CacheControl.noCache()).resourceChain(true);
        }
        registry.addResourceHandler(VERSIONED_WEBJARS).addResourceLocations(WEBJARS)
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(true);
        registry.addResourceHandler("/webjars/**").addResourceLocations(WEBJARS)
                .setCacheControl(CacheControl.noCache()).resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }

    /**
     * Webjar links with their version ({@code @{/webjars/htmx.org/dist/htmx.min.js}} →
     * {@code /webjars/htmx.org/2.0.7/dist/htmx.min.js}), so that a new version is a new URL for browsers and the
     * phone app's service worker, which keeps webjars cache-first. This takes the place of Spring's
     * {@code ResourceUrlEncodingFilter} (off: {@code spring.web.resources.chain.enabled=false}), which matched every
     * link of a page (50–80 per page) against each static prefix and wrapped every request's attribute writes:
     * 2–3 % of a list page's CPU (docs/performance.md). The other static prefixes have no version strategy, so their
     * links stay as written.
     */
    @Bean
    FilterRegistrationBean<WebjarLinks> webjarLinks(ResourceUrlProvider mvcResourceUrlProvider) {
        return new FilterRegistrationBean<>(new WebjarLinks(mvcResourceUrlProvider));
    }

    static final class WebjarLinks extends OncePerRequestFilter {

        private static final String PREFIX = "/webjars/";
        /** The links written in the templates: a few dozen; a bound, so no request can grow it without end. */
        private static final int MOST = 256;

        private final ResourceUrlProvider urls;
        private final Map<String, String> resolved = new ConcurrentHashMap<>();

        WebjarLinks(ResourceUrlProvider urls) {
            this.urls = urls;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String prefix = request.getContextPath() + PREFIX;
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public String encodeURL(String url) {
                    return super.encodeURL(url.startsWith(prefix) ? versioned(request.getContextPath(), url) : url);
                }
            });
        }

        String versioned(String contextPath, String url) {
            String path = url.substring(contextPath.length());
            String known = resolved.get(path);
            if (known == null) {
                String found = urls.getForLookupPath(path);
                known = found == null ? path : found;
                if (resolved.size() < MOST) {
                    resolved.put(path, known);
                }
            }
            return contextPath + known;
        }
    }
}
