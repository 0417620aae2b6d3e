package com.carenext.organization;

import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import com.carenext.shared.StaleEditException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Committee rosters (组成成员): who serves on which post of a committee, term by term, so that "who was 主任 in
 * 2023" has an answer. Town admins and the organization's own managers keep them.
 */
@Service
@Transactional
public class Roster {

    static final String ENTITY = "CommitteeMember";

    private final CommitteeMemberRepository members;
    private final Organizations organizations;
    private final Clock clock;
    private final JdbcClient jdbc;

    Roster(CommitteeMemberRepository members, Organizations organizations, Clock clock, JdbcClient jdbc) {
        this.members = members;
        this.organizations = organizations;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** What a roster holds on a day: serving members, and how many of them are 主任. */
    public record Count(long organizationId, int members, int directors) {
    }

    /** The roster count of every organization in the actor's subtree on {@code day}, in one grouped query. */
    @Transactional(readOnly = true)
    public Map<Long, Count> countsOn(Actor actor, LocalDate day) {
        return jdbc.sql("""
                        SELECT m.organization_id, COUNT(*) AS members,
                               SUM(CASE WHEN m.post = 'DIRECTOR' THEN 1 ELSE 0 END) AS directors
                        FROM committee_member m JOIN organization o ON o.id = m.organization_id
                        WHERE o.path LIKE :scope AND m.term_start <= :day AND (m.term_end IS NULL OR m.term_end >= :day)
                        GROUP BY m.organization_id""")
                .param("scope", actor.scopePattern()).param("day", day)
                .query((rs, row) -> new Count(rs.getLong(1), rs.getInt(2), rs.getInt(3))).list().stream()
                .collect(Collectors.toMap(Count::organizationId, Function.identity()));
    }

    /** The roster as it stood on {@code day} (today when null). */
    @Transactional(readOnly = true)
    public List<MemberView> on(Actor actor, long organizationId, LocalDate day) {
        organizations.visible(actor, organizationId);
        return members.rosterOn(organizationId, day == null ? LocalDate.now(clock) : day)
                .stream().map(CommitteeMember::view).toList();
    }

    /** Every term ever recorded, newest first. */
    @Transactional(readOnly = true)
    public List<MemberView> history(Actor actor, long organizationId) {
        organizations.visible(actor, organizationId);
        return members.history(organizationId).stream().map(CommitteeMember::view).toList();
    }

    /** How many committee members serve today across the actor's subtree. */
    @Transactional(readOnly = true)
    public int servingCount(Actor actor) {
        return members.countServing(actor.scopePattern(), LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public MemberView get(Actor actor, long memberId) {
        return visible(actor, memberId).view();
    }

    /** The term with the full phone: a deliberate act of a keeper of the roster, recorded in the audit trail. */
    @Transactional(readOnly = true)
    public MemberView reveal(Actor actor, long memberId) {
        actor.require(Role.TOWN_ADMIN, Role.ORG_MANAGER);
        return visible(actor, memberId).view();
    }

    public MemberView add(Actor actor, long organizationId, MemberDraft draft) {
        actor.require(Role.TOWN_ADMIN, Role.ORG_MANAGER);
        organizations.visible(actor, organizationId);
        return members.save(CommitteeMember.open(organizationId, draft, clock.instant())).view();
    }

    /** Corrects a term as recorded (a misspelt name, a wrong date). A change of post is {@link #changePost}. */
    public MemberView correct(Actor actor, long memberId, MemberDraft draft) {
        actor.require(Role.TOWN_ADMIN, Role.ORG_MANAGER);
        CommitteeMember member = editable(actor, memberId, draft.version());
        member.describe(draft, clock.instant());
        return members.save(member).view();
    }

    /**
     * The member takes another post from {@code from}: the current term ends the day before, a new term starts,
     * and the old one stays in the history.
     */
    public MemberView changePost(Actor actor, long memberId, CommitteePost post, String position, LocalDate from,
                                 Long seenVersion) {
        actor.require(Role.TOWN_ADMIN, Role.ORG_MANAGER);
        CommitteeMember member = editable(actor, memberId, seenVersion);
        MemberView old = member.view();
        if (!from.isAfter(old.termStart())) {
            throw new BusinessRuleException("committee.changePost.tooEarly", old.termStart());
        }
        member.endTerm(from.minusDays(1), clock.instant());
        members.save(member);
        MemberDraft next = new MemberDraft(old.name(), old.gender(), post, position, old.phone(), from, null,
                old.sortOrder(), old.note(), null);
        return members.save(CommitteeMember.open(old.organizationId(), next, clock.instant())).view();
    }

    /** Ends a term on {@code lastDay}: the member leaves the committee but stays in its history. */
    public MemberView endTerm(Actor actor, long memberId, LocalDate lastDay, Long seenVersion) {
        actor.require(Role.TOWN_ADMIN, Role.ORG_MANAGER);
        CommitteeMember member = editable(actor, memberId, seenVersion);
        if (lastDay.isBefore(member.getTermStart())) {
            throw new BusinessRuleException("committee.endTerm.beforeStart", member.getTermStart());
        }
        member.endTerm(lastDay, clock.instant());
        return members.save(member).view();
    }

    /**
     * Adds an import's members in one transaction (every row or none). A member already serving in the same post is
     * matched, not added again, so that importing the same roster twice keeps it as it was; returns how many were new.
     */
    public int addAll(Actor actor, long organizationId, List<MemberDraft> drafts) {
        actor.require(Role.TOWN_ADMIN, Role.ORG_MANAGER);
        organizations.visible(actor, organizationId);
        var now = clock.instant();
        java.util.Set<String> serving = new java.util.HashSet<>();
        for (CommitteeMember member : members.history(organizationId)) {
            MemberView view = member.view();
            if (view.termEnd() == null || !view.termEnd().isBefore(java.time.LocalDate.now(clock))) {
                serving.add(sameMember(view.name(), view.post()));
            }
        }
        List<CommitteeMember> added = drafts.stream()
                .filter(draft -> serving.add(sameMember(draft.name(), draft.post())))
                .map(draft -> CommitteeMember.open(organizationId, draft, now)).toList();
        members.saveAll(added);
        return added.size();
    }

    /**
     * Who counts as the same member when a roster is imported again: the same name (spaces ignored) in the same
     * post, still serving. Such a member is matched, not added a second time.
     */
    private static String sameMember(String name, CommitteePost post) {
        return name.replaceAll("\\s+", "") + "|" + post;
    }

    private CommitteeMember visible(Actor actor, long memberId) {
        CommitteeMember member = members.findById(memberId).orElseThrow(() -> new NotFoundException(ENTITY, memberId));
        try {
            organizations.visible(actor, member.getOrganizationId());
        } catch (NotFoundException outsideScope) {
            throw new NotFoundException(ENTITY, memberId);
        }
        return member;
    }

    private CommitteeMember editable(Actor actor, long memberId, Long seenVersion) {
        CommitteeMember member = visible(actor, memberId);
        StaleEditException.requireSeen(ENTITY, memberId, seenVersion, member.getVersion());
        return member;
    }
}
