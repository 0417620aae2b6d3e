package com.carenext.publicity;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PublicityRulesRepository extends ListCrudRepository<PublicityRules, Long> {

    /** The rules that govern a scope: those of the nearest office at or above it. */
    @Query("""
            SELECT * FROM publicity_rules
            WHERE rule_year = :year AND :scopePath LIKE organization_path || '%'
            ORDER BY LENGTH(organization_path) DESC
            FETCH FIRST 1 ROWS ONLY""")
    Optional<PublicityRules> governing(String scopePath, int year);

    @Query("SELECT * FROM publicity_rules WHERE organization_id = :organizationId AND rule_year = :year")
    Optional<PublicityRules> own(long organizationId, int year);
}
