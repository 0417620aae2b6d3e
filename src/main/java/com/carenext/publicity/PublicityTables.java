package com.carenext.publicity;

import com.carenext.organization.OrganizationPathCopies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's tables that copy their organization's path; a move of the tree rewrites them. */
@Configuration(proxyBeanMethods = false)
class PublicityTables {

    @Bean
    OrganizationPathCopies publicityPathCopies() {
        return OrganizationPathCopies.of("publicity", "correspondent", "article", "publicity_rules", "bulletin");
    }
}
