package com.carenext.exports;

import com.carenext.organization.OrganizationPathCopies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The export jobs copy their owner's scope path; a move of the tree rewrites it, so an owner whose organization moved
 * still sees and downloads their exports.
 */
@Configuration(proxyBeanMethods = false)
class ExportTables {

    @Bean
    OrganizationPathCopies exportPathCopies() {
        return OrganizationPathCopies.of("exports", "export_job");
    }
}
