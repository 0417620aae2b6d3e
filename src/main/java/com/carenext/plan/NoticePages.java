package com.carenext.plan;

import com.carenext.files.FileStore;
import com.carenext.files.FileUse;
import com.carenext.files.StoredFile;
import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Flash;
import com.carenext.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** Notice pages: received and issued lists, writing (with a plan attached), publishing, 签收 and reminders. */
@Controller
class NoticePages {

    private final Notices notices;
    private final WorkPlans plans;
    private final PlanSections sections;
    private final PlanExport export;
    private final Organizations organizations;
    private final MessageSource messages;
    private final FileStore files;

    NoticePages(Notices notices, WorkPlans plans, PlanSections sections, PlanExport export, Organizations organizations,
                MessageSource messages, FileStore files) {
        this.messages = messages;
        this.files = files;
        this.notices = notices;
        this.plans = plans;
        this.sections = sections;
        this.export = export;
        this.organizations = organizations;
    }

    @GetMapping("/notices")
    String list(Actor actor, @RequestParam(required = false) Long receivedBefore,
                @RequestParam(required = false) Long issuedBefore, Model model) {
        // each list pages by key on its own; its link carries the other's place, and both say how many there are
        List<NoticeViews.NoticeSummary> received = notices.received(actor, receivedBefore);
        List<NoticeViews.NoticeSummary> issued = notices.issued(actor, issuedBefore);
        model.addAttribute("received", received);
        model.addAttribute("issued", issued);
        model.addAttribute("counts", notices.counts(actor));
        model.addAttribute("receivedBefore", receivedBefore);
        model.addAttribute("issuedBefore", issuedBefore);
        model.addAttribute("receivedNext", received.size() == Notices.PAGE ? received.get(Notices.PAGE - 1).id() : null);
        model.addAttribute("issuedNext", issued.size() == Notices.PAGE ? issued.get(Notices.PAGE - 1).id() : null);
        model.addAttribute("canIssue", actor.hasAny(Role.TOWN_ADMIN, Role.ORG_MANAGER));
        return "plan/notices";
    }

    /** A new notice; with {@code planId} it issues that plan ("印发"), its title and body written for it. */
    @GetMapping("/notices/new")
    String form(Actor actor, @RequestParam(required = false) Long planId, Model model) {
        actor.require(Role.TOWN_ADMIN, Role.ORG_MANAGER);
        NoticeDraft draft = new NoticeDraft("", "", "", null, null, List.of());
        if (planId != null) {
            PlanViews.Plan plan = sections.get(actor, planId);
            String issuer = plan.issuer().isBlank() ? actor.organizationName() : plan.issuer();
            draft = new NoticeDraft(text("notice.plan.title", issuer, plan.title()), plan.documentNumber(),
                    text("notice.plan.body", plan.title()), plan.id(), actor.organizationId(), List.of());
        }
        model.addAttribute("draft", draft);
        return form(actor, model);
    }

    @PostMapping("/notices")
    String create(Actor actor, @Valid @ModelAttribute("draft") NoticeDraft draft, BindingResult errors,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        actor.require(Role.TOWN_ADMIN, Role.ORG_MANAGER);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(actor, model);
        }
        try {
            List<StoredFile> stored = this.files.storeAll(FileUse.NOTICE_ATTACHMENT, files);
            long noticeId = notices.create(actor, draft, stored);
            AuditTarget.name(Notices.ENTITY, noticeId);
            Flash.success(redirect, "notice.saved");
            return "redirect:/notices/" + noticeId;
        } catch (BusinessRuleException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("failure", e.messageKey());
            model.addAttribute("failureArgs", e.arguments());
            return form(actor, model);
        }
    }

    @GetMapping("/notices/{noticeId}")
    String show(Actor actor, @PathVariable long noticeId, Model model) {
        model.addAttribute("notice", notices.get(actor, noticeId));
        model.addAttribute("canSign", actor.hasAny(Role.TOWN_ADMIN, Role.ORG_MANAGER, Role.CORRESPONDENT,
                Role.VOLUNTEER));
        model.addAttribute("canIssue", actor.hasAny(Role.TOWN_ADMIN, Role.ORG_MANAGER));
        return "plan/notice";
    }

    @PostMapping("/notices/{noticeId}/publish")
    String publish(Actor actor, @PathVariable long noticeId, @RequestParam(required = false) Long version,
                   RedirectAttributes redirect) {
        Flash.attempt(redirect, "notice.published", () -> notices.publish(actor, noticeId, version));
        return "redirect:/notices/" + noticeId;
    }

    @PostMapping("/notices/{noticeId}/acknowledge")
    String acknowledge(Actor actor, @PathVariable long noticeId, RedirectAttributes redirect) {
        Flash.attempt(redirect, "notice.acknowledged", () -> notices.acknowledge(actor, noticeId));
        return "redirect:/notices/" + noticeId;
    }

    @PostMapping("/notices/{noticeId}/remind")
    String remind(Actor actor, @PathVariable long noticeId, @RequestParam(required = false) Long organizationId,
                  RedirectAttributes redirect) {
        int reminded = notices.remind(actor, noticeId, organizationId);
        Flash.success(redirect, "notice.reminded", reminded);
        return "redirect:/notices/" + noticeId;
    }

    /** The attached plan as .docx, for every reader of the notice (the targets do not reach the plan itself). */
    @GetMapping("/notices/{noticeId}/plan.docx")
    void planDocx(Actor actor, @PathVariable long noticeId, HttpServletResponse response) throws IOException {
        NoticeViews.Notice notice = notices.get(actor, noticeId);
        if (notice.workPlanId() == null) {
            throw new com.carenext.shared.NotFoundException(Notices.ENTITY, noticeId);
        }
        PlanViews.Plan plan = sections.load(notice.workPlanId());
        OrganizationSummary organization = organizations.byId(plan.organizationId()).orElseThrow();
        // the roster attachment is read on behalf of the issuer: the reader holds the notice, not the plan's scope
        Actor issuerView = new Actor(0, "notice", notice.issuerName(), organization.id(), organization.name(),
                organization.path(), EnumSet.noneOf(Role.class));
        PlanPages.docx(response, plan.title());
        export.write(plan, issuerView, organization.name(), response.getOutputStream());
    }

    @GetMapping("/notices/{noticeId}/attachments/{noticeAttachmentId}")
    ResponseEntity<Resource> attachment(Actor actor, @PathVariable long noticeId,
                                        @PathVariable("noticeAttachmentId") long attachmentId) {
        return TaskPages.send(files, FileUse.NOTICE_ATTACHMENT, notices.attachment(actor, noticeId, attachmentId));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private String form(Actor actor, Model model) {
        // Only the chosen recipients (the pickers search the tree on demand): the form costs the same at any size.
        NoticeDraft draft = (NoticeDraft) model.getAttribute("draft");
        model.addAttribute("chosenRoot", organizations.chosen(actor, draft == null ? null : draft.targetRootId()));
        model.addAttribute("chosenTargets", organizations.chosen(actor, draft == null ? null : draft.targetIds()));
        // The chosen plan only (its picker searches the plans on demand), not the newest 50 of the subtree.
        model.addAttribute("chosenPlan", PlanPages.items(plans.among(actor,
                draft == null || draft.workPlanId() == null ? List.of() : List.of(draft.workPlanId()))));
        return "plan/notice-form";
    }
}
