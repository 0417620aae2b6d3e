package com.carenext.scorecard;

import com.carenext.organization.OrganizationPathCopies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's tables that copy their organization's path; a move of the tree rewrites them. */
@Configuration(proxyBeanMethods = false)
class ScorecardTables {

    @Bean
    OrganizationPathCopies scorecardPathCopies() {
        return OrganizationPathCopies.of("scorecard", "scorecard_criterion", "scorecard_evidence");
    }
}
