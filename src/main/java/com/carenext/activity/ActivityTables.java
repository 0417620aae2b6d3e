package com.carenext.activity;

import com.carenext.organization.OrganizationPathCopies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's tables that copy their organization's path; a move of the tree rewrites them. */
@Configuration(proxyBeanMethods = false)
class ActivityTables {

    @Bean
    OrganizationPathCopies activityPathCopies() {
        return OrganizationPathCopies.of("activity", "activity", "activity_partner", "story_material", "education_base_profile", "base_visit");
    }
}
