package com.carenext.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserRepository extends ListCrudRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    /** One page of the accounts in a subtree, by id after {@code afterId} (keyset paging). */
    @Query("""
            SELECT * FROM app_user
            WHERE organization_path LIKE :scopePattern AND id > :afterId
              AND (:text = '' OR LOWER(username) LIKE :textPattern OR LOWER(display_name) LIKE :textPattern)
            ORDER BY id
            FETCH FIRST :limit ROWS ONLY""")
    List<AppUser> page(String scopePattern, long afterId, String text, String textPattern, int limit);
}
