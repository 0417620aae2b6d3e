package com.carenext.organization;

import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Organizations and committee rosters as JSON, with the same services and scope as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "组织与成员", description = "关工委组织树与组成成员")
class OrganizationApi {

    private final Organizations organizations;
    private final Roster roster;

    OrganizationApi(Organizations organizations, Roster roster) {
        this.organizations = organizations;
        this.roster = roster;
    }

    record Move(@NotNull Long parentId, Long version) {
    }

    record Activation(boolean active, Long version) {
    }

    record PostChange(@NotNull CommitteePost post, String position,
                      @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, Long version) {
    }

    record TermEnd(@NotNull LocalDate lastDay, Long version) {
    }

    @GetMapping("/organizations")
    @Operation(summary = "组织列表：默认为本人所在组织；parentId 取下级；q 按名称搜索（上级在前，最多 100 个，"
            + "总数在 X-Total-Count）；all=true 取整个可见子树")
    org.springframework.http.ResponseEntity<List<OrganizationSummary>> list(Actor actor,
                                   @RequestParam(required = false) Long parentId,
                                   @RequestParam(required = false) String q,
                                   @RequestParam(defaultValue = "false") boolean all) {
        if (q != null && !q.isBlank()) {
            List<OrganizationSummary> found = organizations.search(actor, q, OrganizationPages.SEARCH_SHOWN);
            long total = found.size() < OrganizationPages.SEARCH_SHOWN ? found.size() : organizations.searchCount(actor, q);
            return org.springframework.http.ResponseEntity.ok().header("X-Total-Count", String.valueOf(total)).body(found);
        }
        if (all) {
            return org.springframework.http.ResponseEntity.ok(organizations.subtree(actor, true));
        }
        return org.springframework.http.ResponseEntity.ok(organizations.children(actor, parentId));
    }

    @GetMapping("/organizations/{id}")
    OrganizationSummary get(Actor actor, @PathVariable long id) {
        return organizations.get(actor, id);
    }

    @PostMapping("/organizations")
    ResponseEntity<OrganizationSummary> create(Actor actor, @Valid @RequestBody OrganizationDraft draft) {
        OrganizationSummary created = organizations.create(actor, draft);
        AuditTarget.name(Organizations.ENTITY, created.id());
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + created.id())).body(created);
    }

    @PutMapping("/organizations/{id}")
    OrganizationSummary describe(Actor actor, @PathVariable long id, @Valid @RequestBody OrganizationDraft draft) {
        return organizations.describe(actor, id, draft);
    }

    @PostMapping("/organizations/{id}/move")
    OrganizationSummary move(Actor actor, @PathVariable long id, @Valid @RequestBody Move move) {
        return organizations.move(actor, id, move.parentId(), move.version());
    }

    @PostMapping("/organizations/{id}/activation")
    OrganizationSummary activation(Actor actor, @PathVariable long id, @RequestBody Activation activation) {
        return organizations.setActive(actor, id, activation.active(), activation.version());
    }

    @GetMapping("/organizations/{id}/members")
    @Operation(summary = "组成成员：默认为今天在任者；on=日期 查看当日名单；history=true 查看全部任期")
    List<MemberView> members(Actor actor, @PathVariable long id,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                             @RequestParam(defaultValue = "false") boolean history) {
        return (history ? roster.history(actor, id) : roster.on(actor, id, on)).stream().map(MemberView::masked).toList();
    }

    @PostMapping("/organizations/{id}/members")
    ResponseEntity<MemberView> addMember(Actor actor, @PathVariable long id, @Valid @RequestBody MemberDraft draft) {
        MemberView member = roster.add(actor, id, draft);
        AuditTarget.name(Roster.ENTITY, member.id());
        return ResponseEntity.created(URI.create("/api/v1/committee-members/" + member.id())).body(member.masked());
    }

    @GetMapping("/committee-members/{memberId}")
    MemberView member(Actor actor, @PathVariable long memberId) {
        return roster.get(actor, memberId).masked();
    }

    @PutMapping("/committee-members/{memberId}")
    MemberView correct(Actor actor, @PathVariable long memberId, @Valid @RequestBody MemberDraft draft) {
        return roster.correct(actor, memberId, draft).masked();
    }

    @PostMapping("/committee-members/{memberId}/post-change")
    MemberView changePost(Actor actor, @PathVariable long memberId, @Valid @RequestBody PostChange change) {
        return roster.changePost(actor, memberId, change.post(), change.position(), change.from(), change.version())
                .masked();
    }

    @PostMapping("/committee-members/{memberId}/term-end")
    MemberView endTerm(Actor actor, @PathVariable long memberId, @Valid @RequestBody TermEnd end) {
        return roster.endTerm(actor, memberId, end.lastDay(), end.version()).masked();
    }

    /** The full phone, for a keeper of the roster who needs it; recorded in the audit trail. */
    record Contact(String phone) {
    }

    @PostMapping("/committee-members/{memberId}/reveal")
    @Operation(summary = "查看组成成员完整手机号（记入审计）；其他接口中的手机号均已遮蔽")
    Contact revealMember(Actor actor, @PathVariable long memberId) {
        return new Contact(roster.reveal(actor, memberId).phone());
    }
}
