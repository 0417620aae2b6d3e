package com.carenext.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OrganizationRepository extends ListCrudRepository<Organization, Long> {

    @Query("SELECT * FROM organization WHERE parent_id = :parentId ORDER BY sort_order, id")
    List<Organization> findChildren(long parentId);

    @Query("SELECT * FROM organization WHERE parent_id IS NULL ORDER BY sort_order, id")
    List<Organization> findRoots();

    Optional<Organization> findByPath(String path);

    @Query("""
            SELECT * FROM organization
            WHERE path LIKE :scopePattern AND LOWER(name) LIKE :namePattern
            ORDER BY depth, sort_order, id
            FETCH FIRST :limit ROWS ONLY""")
    List<Organization> search(String scopePattern, String namePattern, int limit);

    @Query("SELECT COUNT(*) FROM organization WHERE path LIKE :scopePattern AND LOWER(name) LIKE :namePattern")
    long countMatching(String scopePattern, String namePattern);

    @Query("""
            SELECT * FROM organization
            WHERE path LIKE :scopePattern AND LOWER(name) LIKE :namePattern AND type IN (:types)
            ORDER BY depth, sort_order, id
            FETCH FIRST :limit ROWS ONLY""")
    List<Organization> searchOfTypes(String scopePattern, String namePattern, java.util.Collection<String> types, int limit);

    @Query("""
            SELECT * FROM organization
            WHERE path LIKE :scopePattern AND type = :type AND active
            ORDER BY path OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY""")
    List<Organization> ofType(String scopePattern, String type, long offset, int size);

    @Query("SELECT COUNT(*) FROM organization WHERE path LIKE :scopePattern AND type = :type AND active")
    long countOfType(String scopePattern, String type);

    @Query("""
            SELECT * FROM organization
            WHERE path LIKE :scopePattern AND (active OR :includeInactive)
            ORDER BY path""")
    List<Organization> subtree(String scopePattern, boolean includeInactive);
}
