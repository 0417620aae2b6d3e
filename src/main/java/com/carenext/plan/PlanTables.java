package com.carenext.plan;

import com.carenext.organization.OrganizationPathCopies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's tables that copy their organization's path; a move of the tree rewrites them. */
@Configuration(proxyBeanMethods = false)
class PlanTables {

    @Bean
    OrganizationPathCopies planPathCopies() {
        return OrganizationPathCopies.of("plan", "work_plan", "plan_task", "plan_task_owner", "plan_progress", "notice", "notice_target",
                "year_end_summary");
    }
}
