package com.carenext.organization;

import com.carenext.shared.Sealed;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** One person's term on one post of a committee. A change of post closes this term and opens a new one. */
class CommitteeMember {

    @Id
    private Long id;
    private long organizationId;
    private String name;
    private String gender;
    private CommitteePost post;
    private String position;
    @Sealed(hash = "phoneHash")
    private String phone;
    private String phoneHash;
    private LocalDate termStart;
    private LocalDate termEnd;
    private int sortOrder;
    private String note;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    CommitteeMember() {
    }

    static CommitteeMember open(long organizationId, MemberDraft draft, Instant now) {
        CommitteeMember member = new CommitteeMember();
        member.organizationId = organizationId;
        member.createdAt = now;
        member.describe(draft, now);
        return member;
    }

    void describe(MemberDraft draft, Instant now) {
        name = draft.name().replaceAll("\\s+", "");
        gender = draft.gender();
        post = draft.post();
        position = blankToNull(draft.position());
        phone = blankToNull(draft.phone());
        termStart = draft.termStart();
        termEnd = draft.termEnd();
        sortOrder = draft.sortOrder() == null ? 0 : draft.sortOrder();
        note = blankToNull(draft.note());
        updatedAt = now;
    }

    void endTerm(LocalDate lastDay, Instant now) {
        termEnd = lastDay;
        updatedAt = now;
    }

    MemberView view() {
        return new MemberView(id, organizationId, name, gender, post, position, phone, termStart, termEnd, sortOrder,
                note, version);
    }

    Long getId() {
        return id;
    }

    long getOrganizationId() {
        return organizationId;
    }

    Long getVersion() {
        return version;
    }

    LocalDate getTermStart() {
        return termStart;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
