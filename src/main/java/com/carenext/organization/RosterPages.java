package com.carenext.organization;

import java.time.Clock;
import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Flash;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Committee roster pages: add, correct, change post, end a term, and the .xlsx import and export. */
@Controller
class RosterPages {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Roster roster;
    private final Organizations organizations;
    private final RosterWorkbook workbook;
    private final MessageSource messages;

    private final Clock clock;


    RosterPages(Roster roster, Organizations organizations, RosterWorkbook workbook, MessageSource messages, Clock clock) {

        this.clock = clock;
        this.roster = roster;
        this.organizations = organizations;
        this.workbook = workbook;
        this.messages = messages;
    }

    @GetMapping("/organizations/{id}/members/new")
    String addForm(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("draft", new MemberDraft("", null, CommitteePost.MEMBER, null, null, LocalDate.now(clock), null,
                0, null, null));
        return form(model, organizations.get(actor, id), null);
    }

    @PostMapping("/organizations/{id}/members")
    String add(Actor actor, @PathVariable long id, @Valid @ModelAttribute("draft") MemberDraft draft,
               BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        OrganizationSummary organization = organizations.get(actor, id);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, organization, null);
        }
        MemberView member = roster.add(actor, id, draft);
        AuditTarget.name(Roster.ENTITY, member.id());
        Flash.success(redirect, "committee.added");
        return "redirect:/organizations/" + id;
    }

    @GetMapping("/members/{memberId}/edit")
    String editForm(Actor actor, @PathVariable long memberId, Model model) {
        MemberView member = roster.get(actor, memberId);
        model.addAttribute("draft", MemberDraft.of(member));
        return form(model, organizations.get(actor, member.organizationId()), member);
    }

    @PostMapping("/members/{memberId}")
    String correct(Actor actor, @PathVariable long memberId, @Valid @ModelAttribute("draft") MemberDraft draft,
                   BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        MemberView member = roster.get(actor, memberId);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, organizations.get(actor, member.organizationId()), member);
        }
        roster.correct(actor, memberId, draft);
        Flash.success(redirect, "common.saved");
        return "redirect:/organizations/" + member.organizationId();
    }

    @PostMapping("/members/{memberId}/change-post")
    String changePost(Actor actor, @PathVariable long memberId, @RequestParam CommitteePost post,
                      @RequestParam(required = false) String position,
                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam Long version, RedirectAttributes redirect) {
        MemberView member = roster.get(actor, memberId);
        Flash.attempt(redirect, "committee.postChanged", () -> roster.changePost(actor, memberId, post, position, from, version));
        return "redirect:/organizations/" + member.organizationId();
    }

    @PostMapping("/members/{memberId}/end-term")
    String endTerm(Actor actor, @PathVariable long memberId,
                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
                   @RequestParam Long version, RedirectAttributes redirect) {
        MemberView member = roster.get(actor, memberId);
        Flash.attempt(redirect, "committee.termEnded", () -> roster.endTerm(actor, memberId, lastDay, version));
        return "redirect:/organizations/" + member.organizationId();
    }

    @GetMapping("/organizations/{id}/roster.xlsx")
    void export(Actor actor, @PathVariable long id,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                HttpServletResponse response) throws IOException {
        OrganizationSummary organization = organizations.get(actor, id);
        var members = roster.on(actor, id, on);
        attachment(response, text("roster.title", organization.name()));
        workbook.export(organization.name(), members, response.getOutputStream());
    }

    @GetMapping("/organizations/{id}/roster-template.xlsx")
    void template(Actor actor, @PathVariable long id, HttpServletResponse response) throws IOException {
        OrganizationSummary organization = organizations.get(actor, id);
        attachment(response, text("roster.template.file"));
        workbook.template(organization.name(), response.getOutputStream());
    }

    @GetMapping("/organizations/{id}/roster/import")
    String importForm(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("organization", organizations.get(actor, id));
        return "organization/roster-import";
    }

    /** All or nothing: a file with any bad row saves nothing and lists every bad row with its number. */
    @PostMapping("/organizations/{id}/roster/import")
    String importRoster(Actor actor, @PathVariable long id, @RequestParam("file") MultipartFile file, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        OrganizationSummary organization = organizations.get(actor, id);
        model.addAttribute("organization", organization);
        try {
            var reading = workbook.read(file.getInputStream());
            if (!reading.problems().isEmpty()) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("problems", reading.problems());
                return "organization/roster-import";
            }
            int saved = roster.addAll(actor, id, reading.drafts());
            Flash.success(redirect, "roster.import.done", saved);
            return "redirect:/organizations/" + id;
        } catch (BusinessRuleException e) {
            Flash.refuse(model, response, e);
            return "organization/roster-import";
        }
    }

    private String form(Model model, OrganizationSummary organization, MemberView member) {
        model.addAttribute("organization", organization);
        model.addAttribute("member", member);
        model.addAttribute("posts", CommitteePost.values());
        return "organization/member-form";
    }

    private void attachment(HttpServletResponse response, String name) {
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(name + ".xlsx", StandardCharsets.UTF_8).build().toString());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
