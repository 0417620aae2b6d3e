package com.carenext.study;

import com.carenext.organization.OrganizationPathCopies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's tables that copy their organization's path; a move of the tree rewrites them. */
@Configuration(proxyBeanMethods = false)
class StudyTables {

    @Bean
    OrganizationPathCopies studyPathCopies() {
        return OrganizationPathCopies.of("study", "study_session", "study_session_target", "attendance", "study_note");
    }
}
