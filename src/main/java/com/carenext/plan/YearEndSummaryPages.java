package com.carenext.plan;

import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Flash;
import com.carenext.shared.StaleEditException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The year-end summary pages (年度工作总结): the draft with one edit form per section, generating and regenerating
 * it, the .docx, and issuing it as a notice.
 */
@Controller
class YearEndSummaryPages {

    private final YearEndSummaries summaries;

    YearEndSummaryPages(YearEndSummaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/plans/{planId}/summary")
    String show(Actor actor, @PathVariable long planId, Model model) {
        return page(actor, planId, model);
    }

    /** Generates the draft, or regenerates its figures (the office's texts stay). */
    @PostMapping("/plans/{planId}/summary")
    String generate(Actor actor, @PathVariable long planId, @RequestParam(required = false) Long version,
                    RedirectAttributes redirect) {
        AuditTarget.name(YearEndSummaries.ENTITY, summaries.generate(actor, planId, version));
        Flash.success(redirect, version == null ? "summary.generated" : "summary.regenerated");
        return "redirect:/plans/" + planId + "/summary";
    }

    /**
     * Saves one section's text. A stale version keeps the typed text in its form beside the text saved meanwhile,
     * with a conflict message (409); a rule (too long, no draft yet) shows on the form (400).
     */
    @PostMapping("/plans/{planId}/summary/sections/{sectionId}")
    String write(Actor actor, @PathVariable long planId, @PathVariable long sectionId,
                 @RequestParam(required = false) String text, @RequestParam(required = false) Long version,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            AuditTarget.name(YearEndSummaries.ENTITY, summaries.write(actor, planId, sectionId, text, version));
        } catch (StaleEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            Flash.markRefused("error.conflict");
            model.addAttribute("failure", "summary.conflict");
            return typed(actor, planId, sectionId, text, model);
        } catch (BusinessRuleException e) {
            Flash.refuse(model, response, e);
            return typed(actor, planId, sectionId, text, model);
        }
        Flash.success(redirect, "summary.textSaved");
        return "redirect:/plans/" + planId + "/summary#summary-section-" + sectionId;
    }

    @GetMapping("/plans/{planId}/summary.docx")
    void docx(Actor actor, @PathVariable long planId, HttpServletResponse response) throws IOException {
        YearEndSummary summary = summaries.get(actor, planId);
        PlanPages.docx(response, summary.title());
        summaries.writeDocx(summary, response.getOutputStream());
    }

    /** 下发: the draft as a notice to the units below, with the .docx attached. */
    @PostMapping("/plans/{planId}/summary/notice")
    String issue(Actor actor, @PathVariable long planId, @RequestParam(required = false) Long version,
                 RedirectAttributes redirect) {
        try {
            long noticeId = summaries.issue(actor, planId, version);
            AuditTarget.name(Notices.ENTITY, noticeId);
            Flash.success(redirect, "summary.issued");
            return "redirect:/notices/" + noticeId;
        } catch (BusinessRuleException e) {
            Flash.fail(redirect, e);
            return "redirect:/plans/" + planId + "/summary";
        }
    }

    private String typed(Actor actor, long planId, long sectionId, String text, Model model) {
        model.addAttribute("typed", Map.of(sectionId, text == null ? "" : text));
        return page(actor, planId, model);
    }

    private String page(Actor actor, long planId, Model model) {
        model.addAttribute("summary", summaries.get(actor, planId));
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        model.addAttribute("textLimit", YearEndSummaries.TEXT_LIMIT);
        return "plan/summary";
    }
}
