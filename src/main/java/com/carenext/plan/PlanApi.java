package com.carenext.plan;

import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Work plans as JSON: parsing a document without saving, saving a confirmed plan, tasks and progress. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "工作计划", description = "年度工作计划的导入、任务分解与进度")
class PlanApi {

    private final WorkPlans plans;
    private final PlanSections sections;
    private final PlanTasks tasks;
    private final TaskAssignments assignments;
    private final TaskProgress progress;
    private final TaskEvidence evidence;
    private final PlanImport reader;

    PlanApi(WorkPlans plans, PlanSections sections, PlanTasks tasks, TaskAssignments assignments,
            TaskProgress progress, TaskEvidence evidence, PlanImport reader) {
        this.plans = plans;
        this.sections = sections;
        this.tasks = tasks;
        this.assignments = assignments;
        this.progress = progress;
        this.evidence = evidence;
        this.reader = reader;
    }

    @PostMapping(value = "/plans/parse", consumes = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "解析计划文本（text/plain; charset=UTF-8），返回标题、发文机关、日期、章节与任务，不保存")
    ParsedPlan parseText(@RequestBody String text) {
        return reader.text(text);
    }

    @PostMapping(value = "/plans/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "解析上传的计划文件（.docx 或 .txt），不保存")
    ParsedPlan parseFile(@RequestPart("file") MultipartFile file) {
        return reader.file(file);
    }

    @GetMapping("/plans")
    List<PlanViews.PlanSummary> list(Actor actor, @RequestParam(required = false) Long before) {
        return plans.list(actor, before);
    }

    @PostMapping("/plans")
    @Operation(summary = "保存确认后的计划（章节与任务），可同时导入附件中的组成成员")
    ResponseEntity<PlanViews.Plan> create(Actor actor, @Valid @RequestBody PlanDraft draft) {
        long planId = plans.create(actor, draft);
        AuditTarget.name(WorkPlans.PLAN, planId);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId)).body(sections.get(actor, planId));
    }

    @GetMapping("/plans/{planId}")
    PlanViews.Plan get(Actor actor, @PathVariable long planId) {
        return sections.get(actor, planId);
    }

    @GetMapping("/plan-tasks")
    @Operation(summary = "任务列表：owner=组织ID 取该组织（含下级）承担的任务；overdue=true 只取已逾期任务")
    List<PlanViews.Task> tasks(Actor actor, @RequestParam(required = false) Long owner,
                               @RequestParam(defaultValue = "false") boolean overdue,
                               @RequestParam(required = false) Long after) {
        return tasks.tasks(actor, owner, overdue, after);
    }

    @GetMapping("/plan-tasks/{taskId}")
    PlanViews.Task task(Actor actor, @PathVariable long taskId) {
        return tasks.task(actor, taskId);
    }

    @PutMapping("/plan-tasks/{taskId}/assignment")
    PlanViews.Task assign(Actor actor, @PathVariable long taskId, @Valid @RequestBody TaskAssignment assignment) {
        return assignments.assign(actor, taskId, assignment);
    }

    @GetMapping("/plan-tasks/{taskId}/progress")
    List<PlanViews.Progress> progress(Actor actor, @PathVariable long taskId) {
        return progress.progress(actor, taskId);
    }

    @PostMapping("/plan-tasks/{taskId}/progress")
    ResponseEntity<PlanViews.Task> report(Actor actor, @PathVariable long taskId,
                                          @Valid @RequestBody ProgressDraft draft) {
        AuditTarget.name("PlanProgress", progress.report(actor, taskId, draft));
        return ResponseEntity.status(HttpStatus.CREATED).body(tasks.task(actor, taskId));
    }

    @GetMapping("/plan-tasks/{taskId}/evidence")
    List<PlanViews.Evidence> evidence(Actor actor, @PathVariable long taskId) {
        return evidence.of(actor, taskId);
    }

    @PostMapping("/plan-tasks/{taskId}/evidence")
    ResponseEntity<List<PlanViews.Evidence>> addEvidence(Actor actor, @PathVariable long taskId,
                                                         @Valid @RequestBody EvidenceDraft draft) {
        AuditTarget.name("PlanEvidence", evidence.add(actor, taskId, draft));
        return ResponseEntity.status(HttpStatus.CREATED).body(evidence.of(actor, taskId));
    }

    /** A file that is not a readable plan document is the client's problem: 400 with the reason in Chinese. */
    @ExceptionHandler(PlanDocumentException.class)
    ResponseEntity<ProblemDetail> unreadable(PlanDocumentException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.badRequest().body(problem);
    }
}
