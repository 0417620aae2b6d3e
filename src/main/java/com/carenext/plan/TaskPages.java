package com.carenext.plan;

import com.carenext.files.FileStore;
import com.carenext.files.FileUse;
import com.carenext.files.StoredFile;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.Flash;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Task pages: the lists (我的任务, overdue, a unit's tasks), a task with its assignment, progress and evidence. */
@Controller
class TaskPages {

    private final PlanTasks plans;
    private final TaskAssignments assignments;
    private final TaskProgress progress;
    private final TaskEvidence evidence;
    private final FileStore files;
    private final Organizations organizations;

    TaskPages(PlanTasks plans, TaskAssignments assignments, TaskProgress progress, TaskEvidence evidence,
              FileStore files, Organizations organizations) {
        this.plans = plans;
        this.assignments = assignments;
        this.progress = progress;
        this.evidence = evidence;
        this.files = files;
        this.organizations = organizations;
    }

    /** Without {@code owner}: tasks of the actor's own organization (我的任务); {@code overdue} keeps late ones. */
    @GetMapping("/plans/tasks")
    String list(Actor actor, @RequestParam(required = false) Long owner,
                @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Long after,
                Model model) {
        Long ownerId = owner != null ? owner : overdue ? null : actor.organizationId();
        model.addAttribute("tasks", plans.tasks(actor, ownerId, overdue, after));
        model.addAttribute("owner", ownerId == null ? null : organizations.get(actor, ownerId));
        model.addAttribute("overdue", overdue);
        model.addAttribute("pageSize", PlanTasks.PAGE);
        return "plan/tasks";
    }

    @GetMapping("/plans/tasks/{taskId}")
    String show(Actor actor, @PathVariable long taskId, Model model) {
        return page(actor, plans.task(actor, taskId), model);
    }

    @PostMapping("/plans/tasks/{taskId}/assignment")
    String assign(Actor actor, @PathVariable long taskId, @Valid @ModelAttribute("assignment") TaskAssignment assignment,
                  BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        PlanViews.Task task = plans.task(actor, taskId);
        if (errors.hasErrors()) {
            return invalid(actor, task, model, response);
        }
        Flash.attempt(redirect, "plan.task.assigned", () -> assignments.assign(actor, taskId, assignment));
        return "redirect:/plans/tasks/" + taskId;
    }

    @PostMapping("/plans/tasks/{taskId}/progress")
    String report(Actor actor, @PathVariable long taskId, @Valid @ModelAttribute("progressDraft") ProgressDraft draft,
                  BindingResult errors, @RequestParam(required = false) MultipartFile file, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        PlanViews.Task task = plans.task(actor, taskId);
        if (errors.hasErrors()) {
            return invalid(actor, task, model, response);
        }
        Flash.attempt(redirect, "plan.progress.saved", () -> {
            long id = progress.report(actor, taskId, draft, files.store(FileUse.PLAN_ATTACHMENT, file));
            AuditTarget.name("PlanProgress", id);
        });
        return "redirect:/plans/tasks/" + taskId;
    }

    @PostMapping("/plans/tasks/{taskId}/evidence")
    String addEvidence(Actor actor, @PathVariable long taskId,
                       @Valid @ModelAttribute("evidenceDraft") EvidenceDraft draft, BindingResult errors, Model model,
                       HttpServletResponse response, RedirectAttributes redirect) {
        PlanViews.Task task = plans.task(actor, taskId);
        if (errors.hasErrors()) {
            return invalid(actor, task, model, response);
        }
        Flash.attempt(redirect, "plan.evidence.added", () -> {
            long id = evidence.add(actor, taskId, draft);
            AuditTarget.name("PlanEvidence", id);
        });
        return "redirect:/plans/tasks/" + taskId;
    }

    @PostMapping("/plans/evidence/{evidenceId}/delete")
    String removeEvidence(Actor actor, @PathVariable long evidenceId, RedirectAttributes redirect) {
        long taskId = evidence.remove(actor, evidenceId);
        Flash.success(redirect, "plan.evidence.removed");
        return "redirect:/plans/tasks/" + taskId;
    }

    @GetMapping("/plans/progress/{progressId}/attachment")
    ResponseEntity<Resource> attachment(Actor actor, @PathVariable long progressId) {
        return send(files, FileUse.PLAN_ATTACHMENT, progress.attachment(actor, progressId));
    }

    /** A stored file as a download under its uploaded name (see {@link FileStore#download}); gone from disk: 404. */
    static ResponseEntity<Resource> send(FileStore files, FileUse use, StoredAttachment attachment) {
        return files.download(use, new StoredFile(attachment.fileName(), attachment.storedName(),
                attachment.contentType(), 0));
    }

    private String invalid(Actor actor, PlanViews.Task task, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(actor, task, model);
    }

    /** The task page; the three forms keep what was posted when one of them comes back invalid. */
    private String page(Actor actor, PlanViews.Task task, Model model) {
        if (!model.containsAttribute("assignment")) {
            model.addAttribute("assignment", new TaskAssignment(task.owners().stream()
                    .map(PlanViews.Owner::organizationId).toList(), task.responsiblePerson(), task.dueDate(),
                    task.dueMonths(), task.version()));
        }
        if (!model.containsAttribute("progressDraft")) {
            model.addAttribute("progressDraft", new ProgressDraft("", task.progress()));
        }
        if (!model.containsAttribute("evidenceDraft")) {
            model.addAttribute("evidenceDraft", new EvidenceDraft("ACTIVITY", null, ""));
        }
        model.addAttribute("task", task);
        model.addAttribute("progress", progress.progress(actor, task.id()));
        model.addAttribute("evidence", evidence.of(actor, task.id()));
        boolean canAssign = plans.canAssign(actor, task.id());
        model.addAttribute("canAssign", canAssign);
        model.addAttribute("canReport", actor.hasAny(Role.ORG_MANAGER, Role.TOWN_ADMIN));
        // Only the chosen owners (the picker searches the tree on demand): the page costs the same at any size.
        TaskAssignment assignment = (TaskAssignment) model.getAttribute("assignment");
        model.addAttribute("chosenOwners", canAssign && assignment != null
                ? organizations.chosen(actor, assignment.ownerIds()) : java.util.List.of());
        model.addAttribute("recordTypes", new String[]{"ACTIVITY", "STUDY_SESSION", "ARTICLE", "PATROL", "OTHER"});
        return "plan/task";
    }
}
