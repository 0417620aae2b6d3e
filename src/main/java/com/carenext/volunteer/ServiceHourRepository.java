package com.carenext.volunteer;

import org.springframework.data.repository.ListCrudRepository;

interface ServiceHourRepository extends ListCrudRepository<ServiceHour, Long> {
}
