package com.carenext.volunteer;

import org.springframework.data.repository.ListCrudRepository;

interface VolunteerApplicationRepository extends ListCrudRepository<VolunteerApplication, Long> {
}
