package com.carenext.organization;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CommitteeMemberRepository extends ListCrudRepository<CommitteeMember, Long> {

    /** The roster on a given day: every term that has started and not yet ended. */
    @Query("""
            SELECT * FROM committee_member
            WHERE organization_id = :organizationId AND term_start <= :day AND (term_end IS NULL OR term_end >= :day)
            ORDER BY CASE post WHEN 'DIRECTOR' THEN 0 WHEN 'EXECUTIVE_DEPUTY' THEN 1 WHEN 'DEPUTY_DIRECTOR' THEN 2
                               WHEN 'SECRETARY_GENERAL' THEN 3 ELSE 4 END, sort_order, id""")
    List<CommitteeMember> rosterOn(long organizationId, LocalDate day);

    /** Every term ever held, newest first: the roster's history. */
    @Query("SELECT * FROM committee_member WHERE organization_id = :organizationId ORDER BY term_start DESC, id DESC")
    List<CommitteeMember> history(long organizationId);

    @Query("""
            SELECT COUNT(*) FROM committee_member m
            WHERE m.term_start <= :day AND (m.term_end IS NULL OR m.term_end >= :day)
              AND m.organization_id IN (SELECT o.id FROM organization o WHERE o.path LIKE :scopePattern)""")
    int countServing(String scopePattern, LocalDate day);
}
