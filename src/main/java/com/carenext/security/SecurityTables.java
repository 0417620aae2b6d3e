package com.carenext.security;

import com.carenext.organization.OrganizationPathCopies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's tables that copy their organization's path; a move of the tree rewrites them. */
@Configuration(proxyBeanMethods = false)
class SecurityTables {

    @Bean
    OrganizationPathCopies securityPathCopies() {
        return OrganizationPathCopies.of("security", "app_user");
    }
}
