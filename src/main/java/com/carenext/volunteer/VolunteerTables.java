package com.carenext.volunteer;

import com.carenext.organization.OrganizationPathCopies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's tables that copy their organization's path; a move of the tree rewrites them. */
@Configuration(proxyBeanMethods = false)
class VolunteerTables {

    @Bean
    OrganizationPathCopies volunteerPathCopies() {
        return OrganizationPathCopies.of("volunteer", "volunteer", "service_hour", "care_visit", "volunteer_application");
    }
}
