package com.carenext.publicity;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface BulletinRepository extends ListCrudRepository<Bulletin, Long> {

    @Query("SELECT * FROM bulletin WHERE organization_id = :organizationId AND bulletin_month = :month")
    Optional<Bulletin> own(long organizationId, String month);

    /** The month's 通报 of the scope, the highest office's first. */
    @Query("""
            SELECT * FROM bulletin WHERE organization_path LIKE :scopePattern AND bulletin_month = :month
            ORDER BY LENGTH(organization_path), id FETCH FIRST 1 ROWS ONLY""")
    Optional<Bulletin> inScope(String scopePattern, String month);

}
