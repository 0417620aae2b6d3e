package com.carenext.activity;

import java.time.Clock;
import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The activity ledger as JSON, with the same service and scope as the pages. */
@RestController
@RequestMapping("/api/v1/activities")
@Tag(name = "活动台账", description = "活动（主办、协办单位确认、参与五老、受众人数、计划任务）、筛选与统计")
class ActivityApi {

    private final Activities activities;
    private final ActivityFigures figures;

    private final Clock clock;


    ActivityApi(Activities activities, ActivityFigures figures, Clock clock) {

        this.clock = clock;
        this.activities = activities;
        this.figures = figures;
    }

    @GetMapping
    @Operation(summary = "本单位台账（含作为协办单位的活动），按 id 倒序；可按类型、期间、主办组织、协办单位筛选")
    List<ActivityView> list(Actor actor, @ModelAttribute ActivityFilter filter,
                            @RequestParam(required = false) Long before, @RequestParam(defaultValue = "50") int size) {
        return activities.page(actor, filter, before, size);
    }

    @PostMapping
    ResponseEntity<ActivityView> create(Actor actor, @Valid @RequestBody ActivityDraft draft) {
        ActivityView created = activities.record(actor, draft);
        AuditTarget.name(Activities.ENTITY, created.id());
        return ResponseEntity.created(URI.create("/api/v1/activities/" + created.id())).body(created);
    }

    @GetMapping("/{activityId}")
    ActivityView get(Actor actor, @PathVariable long activityId) {
        return activities.get(actor, activityId);
    }

    @PutMapping("/{activityId}")
    @Operation(summary = "主办单位修改活动（带 version，并发修改返回 409）")
    ActivityView update(Actor actor, @PathVariable long activityId, @Valid @RequestBody ActivityDraft draft) {
        return activities.update(actor, activityId, draft);
    }

    @PostMapping("/{activityId}/confirm")
    @Operation(summary = "协办单位确认联合活动")
    ActivityView confirm(Actor actor, @PathVariable long activityId) {
        return activities.confirm(actor, activityId);
    }

    @GetMapping("/statistics")
    @Operation(summary = "按月、类型、主办组织统计（联合活动只计一次）")
    ActivityStatistics statistics(Actor actor, @RequestParam(required = false) Integer year) {
        return figures.statistics(actor, year == null ? LocalDate.now(clock).getYear() : year);
    }
}
