package com.carenext.plan;

import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.Flash;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
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
    private final PlanFiles files;
    private final Organizations organizations;

    TaskPages(PlanTasks plans, TaskAssignments assignments, TaskProgress progress, TaskEvidence evidence,
              PlanFiles files, Organizations organizations) {
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
            long id = progress.report(actor, taskId, draft, files.store(file));
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
    void attachment(Actor actor, @PathVariable long progressId, HttpServletResponse response) throws IOException {
        send(files, progress.attachment(actor, progressId), response,
                () -> new NotFoundException("PlanProgress", progressId));
    }

    /** Streams a stored file as a download under its uploaded name; a file gone from disk answers 404. */
    static void send(PlanFiles files, StoredAttachment attachment, HttpServletResponse response,
                     java.util.function.Supplier<NotFoundException> missing) throws IOException {
        try (InputStream in = files.open(attachment.storedName())) {
            response.setContentType(attachment.contentType());
            response.setHeader("Content-Disposition", ContentDisposition.attachment()
                    .filename(attachment.fileName(), StandardCharsets.UTF_8).build().toString());
            in.transferTo(response.getOutputStream());
        } catch (java.nio.file.NoSuchFileException gone) {
            throw missing.get();
        }
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
        model.addAttribute("organizations", canAssign ? organizations.subtree(actor, false) : java.util.List.of());
        model.addAttribute("recordTypes", new String[]{"ACTIVITY", "STUDY_SESSION", "ARTICLE", "PATROL", "OTHER"});
        return "plan/task";
    }
}
