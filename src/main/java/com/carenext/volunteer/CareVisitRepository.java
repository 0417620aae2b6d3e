package com.carenext.volunteer;

import org.springframework.data.repository.ListCrudRepository;

interface CareVisitRepository extends ListCrudRepository<CareVisit, Long> {
}
