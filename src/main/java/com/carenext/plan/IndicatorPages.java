package com.carenext.plan;

import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.Flash;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The indicators panel of a task page (loaded by htmx): each indicator's figure against its target with the records
 * behind it as links; a town admin adds, edits and removes indicators.
 */
@Controller
class IndicatorPages {

    private final TaskIndicators indicators;
    private final PlanTasks tasks;

    IndicatorPages(TaskIndicators indicators, PlanTasks tasks) {
        this.indicators = indicators;
        this.tasks = tasks;
    }

    @GetMapping("/plans/tasks/{taskId}/indicators")
    String panel(Actor actor, @PathVariable long taskId, Model model) {
        PlanViews.Task task = tasks.task(actor, taskId);
        var figures = indicators.of(actor, taskId);
        model.addAttribute("task", task);
        model.addAttribute("indicators", figures);
        model.addAttribute("measured", figures.isEmpty() ? null : TaskIndicators.progress(figures));
        model.addAttribute("measures", indicators.measures());
        model.addAttribute("canEdit", tasks.canAssign(actor, taskId));
        return "plan/indicators :: panel";
    }

    @PostMapping("/plans/tasks/{taskId}/indicators")
    String add(Actor actor, @PathVariable long taskId, @Valid @ModelAttribute IndicatorDraft draft,
               BindingResult errors, RedirectAttributes redirect) {
        tasks.task(actor, taskId);
        change(errors, redirect, "plan.indicator.added", () -> AuditTarget.name(TaskIndicators.ENTITY,
                indicators.add(actor, taskId, draft)));
        return "redirect:/plans/tasks/" + taskId;
    }

    @PostMapping("/plans/indicators/{indicatorId}")
    String edit(Actor actor, @PathVariable long indicatorId, @Valid @ModelAttribute IndicatorDraft draft,
                BindingResult errors, RedirectAttributes redirect) {
        long taskId = indicators.taskOf(actor, indicatorId);
        change(errors, redirect, "plan.indicator.saved", () -> indicators.update(actor, indicatorId, draft));
        return "redirect:/plans/tasks/" + taskId;
    }

    @PostMapping("/plans/indicators/{indicatorId}/delete")
    String remove(Actor actor, @PathVariable long indicatorId, RedirectAttributes redirect) {
        long taskId = indicators.remove(actor, indicatorId);
        Flash.success(redirect, "plan.indicator.removed");
        return "redirect:/plans/tasks/" + taskId;
    }

    private static void change(BindingResult errors, RedirectAttributes redirect, String successKey, Runnable change) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("failure", "plan.indicator.invalid");
            redirect.addFlashAttribute("failureArgs", new Object[0]);
            return;
        }
        Flash.attempt(redirect, successKey, change);
    }
}
