package com.carenext.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files only under their own prefixes, each with a cached resource chain. Spring Boot's default static path
 * {@code /**} (with {@code spring.web.resources.add-mappings=false} it is off) made {@code ResourceUrlEncodingFilter}
 * look every page link ({@code @{/volunteers/1}}) up on the classpath, a jar lookup per link and a miss that the
 * chain's cache never keeps; with these prefixes a page link matches no handler and costs nothing, and a static URL
 * is resolved once and then served from the chain's cache.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    static final String[] PATTERNS = {"/css/**", "/js/**", "/img/**", "/icons/**"};

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String pattern : PATTERNS) {
            String folder = pattern.substring(1, pattern.length() - 2);
            registry.addResourceHandler(pattern).addResourceLocations("classpath:/static/" + folder)
                    .resourceChain(true);
        }
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
