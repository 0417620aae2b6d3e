package com.carenext.plan;

import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Task indicators and plan progress as JSON. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "任务指标", description = "任务指标（各模块的统计口径）与计划进度")
class IndicatorApi {

    private final TaskIndicators indicators;
    private final PlanSections sections;

    IndicatorApi(TaskIndicators indicators, PlanSections sections) {
        this.indicators = indicators;
        this.sections = sections;
    }

    @GetMapping("/measures")
    @Operation(summary = "各模块提供的统计口径（指标代码、名称键、单位键、参数及可选值）")
    List<Measure> measures() {
        return indicators.measures();
    }

    @GetMapping("/plans/{planId}/progress")
    @Operation(summary = "计划进度：计划、各章节、各任务的进度及指标数值（按任务承担单位统计）")
    PlanProgress progress(Actor actor, @PathVariable long planId) {
        PlanViews.Plan plan = sections.get(actor, planId);
        Map<Long, List<IndicatorView>> figures = indicators.ofPlan(planId);
        return new PlanProgress(plan.id(), plan.year(), plan.progress(), plan.sections().stream()
                .map(section -> new PlanProgress.Section(section.id(), section.number(), section.title(),
                        section.progress(), section.tasks().stream()
                        .map(task -> new PlanProgress.Task(task.id(), task.number(), task.text(), task.progress(),
                                figures.getOrDefault(task.id(), List.of()))).toList()))
                .toList());
    }

    @GetMapping("/plan-tasks/{taskId}/indicators")
    List<IndicatorView> list(Actor actor, @PathVariable long taskId) {
        return indicators.of(actor, taskId);
    }

    @PostMapping("/plan-tasks/{taskId}/indicators")
    ResponseEntity<List<IndicatorView>> add(Actor actor, @PathVariable long taskId,
                                            @Valid @RequestBody IndicatorDraft draft) {
        AuditTarget.name(TaskIndicators.ENTITY, indicators.add(actor, taskId, draft));
        return ResponseEntity.status(HttpStatus.CREATED).body(indicators.of(actor, taskId));
    }

    @PutMapping("/plan-indicators/{indicatorId}")
    List<IndicatorView> edit(Actor actor, @PathVariable long indicatorId, @Valid @RequestBody IndicatorDraft draft) {
        return indicators.of(actor, indicators.update(actor, indicatorId, draft));
    }

    @DeleteMapping("/plan-indicators/{indicatorId}")
    ResponseEntity<Void> remove(Actor actor, @PathVariable long indicatorId) {
        indicators.remove(actor, indicatorId);
        return ResponseEntity.noContent().build();
    }
}
