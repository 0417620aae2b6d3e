package com.carenext.study;

import java.time.Clock;
import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.Paged;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Flash;
import com.carenext.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Study pages: sessions, roll call, the volunteer's check-in and 学习心得, and the study figures. */
@Controller
class StudyPages {

    private final StudySessions study;
    private final StudyStatistics statistics;
    private final Organizations organizations;

    private final Clock clock;


    StudyPages(StudySessions study, StudyStatistics statistics, Organizations organizations, Clock clock) {
        this.statistics = statistics;

        this.clock = clock;
        this.study = study;
        this.organizations = organizations;
    }

    @GetMapping("/study-sessions")
    String list(Actor actor, @RequestParam(required = false) Long before, Model model) {
        List<SessionView> page = study.page(actor, before, 30);
        model.addAttribute("sessions", page);
        model.addAttribute("nextBefore", page.size() == 30 ? page.get(page.size() - 1).id() : null);
        model.addAttribute("canOrganize", actor.hasAny(StudySessions.ORGANIZERS));
        model.addAttribute("canRead", actor.hasAny(StudySessions.READERS));
        return "study/list";
    }

    @GetMapping("/study-sessions/new")
    String createForm(Actor actor, Model model) {
        actor.require(StudySessions.ORGANIZERS);
        model.addAttribute("draft", new SessionDraft(actor.organizationId(), SessionKind.STUDY, "", SessionMode.OFFLINE,
                LocalDate.now(clock).atTime(9, 0), BigDecimal.valueOf(2), actor.displayName(), null, null, null, List.of()));
        return form(actor, model);
    }

    @PostMapping("/study-sessions")
    String create(Actor actor, @Valid @ModelAttribute("draft") SessionDraft draft, BindingResult errors, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        actor.require(StudySessions.ORGANIZERS);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(actor, model);
        }
        try {
            SessionView created = study.plan(actor, draft);
            AuditTarget.name(StudySessions.ENTITY, created.id());
            Flash.success(redirect, "study.created", created.checkInCode());
            return "redirect:/study-sessions/" + created.id();
        } catch (BusinessRuleException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("failure", e.messageKey());
            model.addAttribute("failureArgs", e.arguments());
            return form(actor, model);
        }
    }

    @GetMapping("/study-sessions/{sessionId}")
    String show(Actor actor, @PathVariable long sessionId, Model model) {
        SessionView session = study.get(actor, sessionId);
        model.addAttribute("studySession", session);
        model.addAttribute("attendance", study.attendance(actor, sessionId));
        model.addAttribute("notes", study.notes(actor, sessionId));
        model.addAttribute("audience", study.audience(actor, sessionId));
        model.addAttribute("isVolunteer", actor.has(Role.VOLUNTEER));
        model.addAttribute("organizationName", organizations.byId(session.organizationId())
                .map(OrganizationSummary::name).orElse(""));
        return "study/show";
    }

    @PostMapping("/study-sessions/{sessionId}/roll-call")
    String rollCall(Actor actor, @PathVariable long sessionId,
                    @RequestParam(name = "volunteerIds", required = false) List<Long> volunteerIds,
                    RedirectAttributes redirect) {
        study.get(actor, sessionId);
        try {
            int added = study.rollCall(actor, sessionId, volunteerIds == null ? List.of() : volunteerIds);
            Flash.success(redirect, "study.rollCall.done", added);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            redirect.addFlashAttribute("failureArgs", e.arguments());
        }
        return "redirect:/study-sessions/" + sessionId;
    }

    /** The volunteer's check-in page on a phone: one big field for the code. */
    @GetMapping("/study/check-in")
    String checkInForm(Actor actor, @RequestParam(required = false) String code, Model model) {
        actor.require(Role.VOLUNTEER);
        model.addAttribute("code", code);
        return "study/check-in";
    }

    @PostMapping("/study/check-in")
    String checkIn(Actor actor, @RequestParam String code, @RequestParam(required = false) String clientId,
                   @RequestParam(required = false) Long happenedAt, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        try {
            SessionView session = study.checkIn(actor, code, clientId, happenedAt);
            AuditTarget.name(StudySessions.ENTITY, session.id());
            Flash.success(redirect, "study.checkIn.done", session.topic());
            return "redirect:/study-sessions/" + session.id();
        } catch (BusinessRuleException e) {
            response.setStatus(422);
            model.addAttribute("code", code);
            model.addAttribute("failure", e.messageKey());
            model.addAttribute("failureArgs", e.arguments());
            return "study/check-in";
        }
    }

    @PostMapping("/study-sessions/{sessionId}/notes")
    String writeNote(Actor actor, @PathVariable long sessionId, @RequestParam(required = false) String body,
                     RedirectAttributes redirect) {
        study.get(actor, sessionId);
        Flash.attempt(redirect, "study.note.saved", () -> study.writeNote(actor, sessionId, body));
        return "redirect:/study-sessions/" + sessionId;
    }

    /** Per person and organization this year, and who has not studied this quarter. */
    @GetMapping("/study-sessions/figures")
    String figures(Actor actor, @RequestParam(required = false) Integer year,
                   @RequestParam(required = false) Integer quarter, @RequestParam(required = false) Long after,
                   @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer unitPage,
                   Model model) {
        LocalDate today = LocalDate.now(clock);
        int shownYear = year == null ? today.getYear() : year;
        int shownQuarter = quarter == null ? (today.getMonthValue() - 1) / 3 + 1 : quarter;
        model.addAttribute("year", shownYear);
        model.addAttribute("quarter", shownQuarter);
        model.addAttribute("perPerson", statistics.perPerson(actor, shownYear, Paged.page(page)));
        var perOrganization = statistics.perOrganization(actor, shownYear, Paged.page(unitPage));
        model.addAttribute("perOrganization", perOrganization);
        model.addAttribute("page", Paged.page(page));
        model.addAttribute("unitPage", Paged.page(unitPage));
        var without = statistics.withoutStudy(actor, shownYear, shownQuarter, after);
        model.addAttribute("withoutStudy", without);
        model.addAttribute("withoutStudyCount", statistics.withoutStudyCount(actor, shownYear, shownQuarter));
        model.addAttribute("withoutStudyNext", without.size() == StudyStatistics.WITHOUT_STUDY_PAGE
                ? without.get(without.size() - 1).id() : null);
        // The names of the organizations the page shows, in one query (not a map of the whole subtree).
        model.addAttribute("organizationNames", organizations.names(java.util.stream.Stream.concat(
                perOrganization.rows().stream().map(StudyFigures::id),
                without.stream().map(com.carenext.volunteer.VolunteerSummary::organizationId)).toList()));
        return "study/figures";
    }

    private String form(Actor actor, Model model) {
        // Only the chosen organizations (the pickers search the tree on demand): the form costs the same at any size.
        SessionDraft draft = (SessionDraft) model.getAttribute("draft");
        model.addAttribute("chosenOrganization", organizations.chosen(actor, draft == null ? null : draft.organizationId()));
        model.addAttribute("chosenTargets", organizations.chosen(actor, draft == null ? null : draft.targetOrganizationIds()));
        model.addAttribute("kinds", SessionKind.values());
        model.addAttribute("modes", SessionMode.values());
        model.addAttribute("now", LocalDateTime.now(clock));
        return "study/form";
    }
}
