package com.carenext.publicity;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CorrespondentRepository extends ListCrudRepository<Correspondent, Long> {

    @Query("SELECT * FROM correspondent WHERE user_id = :userId AND active ORDER BY id")
    List<Correspondent> byUser(long userId);
}
