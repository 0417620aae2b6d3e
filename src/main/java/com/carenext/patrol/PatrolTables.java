package com.carenext.patrol;

import com.carenext.organization.OrganizationPathCopies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's tables that copy their organization's path; a move of the tree rewrites them. */
@Configuration(proxyBeanMethods = false)
class PatrolTables {

    @Bean
    OrganizationPathCopies patrolPathCopies() {
        return OrganizationPathCopies.of("patrol", "water_body", "patrol", "hazard", "patrol_shift", "patrol_season");
    }
}
