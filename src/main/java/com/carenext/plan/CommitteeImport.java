package com.carenext.plan;

import com.carenext.organization.CommitteePost;
import com.carenext.organization.MemberDraft;
import com.carenext.organization.Roster;
import com.carenext.shared.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The committee roster (关工委组成成员) that a plan's attachment lists, added to the issuing organization's roster. */
@Service
@Transactional
class CommitteeImport {

    private final Roster roster;
    private final Clock clock;

    CommitteeImport(Roster roster, Clock clock) {
        this.roster = roster;
        this.clock = clock;
    }

    /** Adds the entries as members serving from the plan's issue date (today when the plan has none). */
    void importRoster(Actor actor, long organizationId, LocalDate issueDate, List<PlanDraft.RosterEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        LocalDate from = issueDate != null ? issueDate : LocalDate.now(clock);
        List<MemberDraft> members = new ArrayList<>();
        int order = 0;
        for (PlanDraft.RosterEntry entry : entries) {
            members.add(new MemberDraft(entry.name(), null, post(entry.post()), entry.position(), null, from, null,
                    order++, null, null));
        }
        roster.addAll(actor, organizationId, members);
    }

    private static CommitteePost post(String name) {
        try {
            return CommitteePost.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return CommitteePost.MEMBER;
        }
    }
}
