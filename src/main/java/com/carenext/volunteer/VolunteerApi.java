package com.carenext.volunteer;

import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The 五老 registry as JSON, with the same services and scope as the pages. */
@RestController
@RequestMapping("/api/v1/volunteers")
@Tag(name = "五老", description = "五老志愿者名册：手机号与身份证号默认脱敏，查看完整信息需单独调用并记入审计")
class VolunteerApi {

    private final Volunteers volunteers;

    VolunteerApi(Volunteers volunteers) {
        this.volunteers = volunteers;
    }

    record StatusRequest(@NotNull VolunteerStatus status, LocalDate effectiveOn, @Size(max = 500) String reason,
                         Long version) {
    }

    @GetMapping
    @Operation(summary = "五老列表（按 id 倒序，键集分页：before=上一页最后一条的 id）；可按组织、类别、状态、姓名筛选")
    VolunteerPage list(Actor actor, @RequestParam(required = false) Long organizationId,
                       @RequestParam(required = false) Category category,
                       @RequestParam(required = false) VolunteerStatus status,
                       @RequestParam(required = false) String name,
                       @RequestParam(required = false) Long before,
                       @RequestParam(defaultValue = "50") int size) {
        return volunteers.page(actor, new VolunteerFilter(organizationId, category, status, name), before, size);
    }

    @GetMapping("/{volunteerId}")
    VolunteerSummary get(Actor actor, @PathVariable long volunteerId) {
        return volunteers.get(actor, volunteerId);
    }

    @PostMapping
    ResponseEntity<VolunteerSummary> create(Actor actor, @Valid @RequestBody VolunteerDraft draft) {
        VolunteerSummary created = volunteers.register(actor, draft);
        AuditTarget.name(Volunteers.ENTITY, created.id());
        return ResponseEntity.created(URI.create("/api/v1/volunteers/" + created.id())).body(created);
    }

    @PutMapping("/{volunteerId}")
    @Operation(summary = "修改五老信息；phone、idNumber 留空表示不变")
    VolunteerSummary update(Actor actor, @PathVariable long volunteerId, @Valid @RequestBody VolunteerDraft draft) {
        return volunteers.update(actor, volunteerId, draft);
    }

    @PostMapping("/{volunteerId}/status")
    @Operation(summary = "变更状态（在册、暂停、退出、去世），历史保留")
    VolunteerSummary changeStatus(Actor actor, @PathVariable long volunteerId,
                                  @Valid @RequestBody StatusRequest request) {
        return volunteers.changeStatus(actor, volunteerId, request.status(), request.effectiveOn(), request.reason(),
                request.version());
    }

    @GetMapping("/{volunteerId}/status-history")
    List<StatusChange> history(Actor actor, @PathVariable long volunteerId) {
        return volunteers.history(actor, volunteerId);
    }

    @PostMapping("/{volunteerId}/reveal")
    @Operation(summary = "查看完整手机号与身份证号（记入审计）")
    VolunteerContact reveal(Actor actor, @PathVariable long volunteerId) {
        return volunteers.reveal(actor, volunteerId);
    }

    @GetMapping("/statistics")
    @Operation(summary = "按类别、年龄段、组织、状态统计")
    VolunteerStatistics statistics(Actor actor) {
        return volunteers.statistics(actor);
    }
}
