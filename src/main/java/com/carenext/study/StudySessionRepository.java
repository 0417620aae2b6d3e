package com.carenext.study;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface StudySessionRepository extends ListCrudRepository<StudySession, Long> {

    @Query("SELECT * FROM study_session WHERE check_in_code = :code")
    Optional<StudySession> findByCode(String code);
}
