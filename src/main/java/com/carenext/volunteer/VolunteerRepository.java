package com.carenext.volunteer;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface VolunteerRepository extends ListCrudRepository<Volunteer, Long> {

    @Query("SELECT * FROM volunteer WHERE user_id = :userId")
    Optional<Volunteer> findByUser(long userId);

    @Query("SELECT * FROM volunteer WHERE id_number_hash = :hash")
    Optional<Volunteer> findByIdNumberHash(String hash);
}
