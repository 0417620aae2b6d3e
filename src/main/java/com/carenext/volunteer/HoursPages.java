package com.carenext.volunteer;

import java.time.Clock;
import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.Paged;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.Role;
import com.carenext.shared.Flash;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Service hours: the volunteer's own phone page ("我的"), the manager's review list with yearly totals, a person's
 * hours and the 志愿服务记录证明 (.docx).
 */
@Controller
class HoursPages {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final ServiceHours hours;
    private final Volunteers volunteers;
    private final Organizations organizations;
    private final HoursCertificate certificate;
    private final Clock clock;

    HoursPages(ServiceHours hours, Volunteers volunteers, Organizations organizations, HoursCertificate certificate,
               Clock clock) {
        this.clock = clock;
        this.hours = hours;
        this.volunteers = volunteers;
        this.organizations = organizations;
        this.certificate = certificate;
    }

    /** The volunteer's phone home: big buttons for what they do outdoors and at study. */
    @GetMapping("/my")
    String home(Actor actor, Model model) {
        var me = actor.has(Role.VOLUNTEER) ? volunteers.ofUser(actor.userId()) : java.util.Optional.<VolunteerSummary>empty();
        model.addAttribute("me", me.orElse(null));
        return "volunteer/my";
    }

    /** Log hours, see what was approved or returned. */
    @GetMapping("/my/hours")
    String mine(Actor actor, Model model) {
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new HoursDraft(LocalDate.now(clock), "", null));
        }
        return my(actor, model);
    }

    @PostMapping("/my/hours")
    String log(Actor actor, @Valid @ModelAttribute("draft") HoursDraft draft, BindingResult errors,
               @RequestParam(required = false) String clientId, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return my(actor, model);
        }
        HoursEntry entry = hours.log(actor, draft, clientId);
        AuditTarget.name(ServiceHours.ENTITY, entry.id());
        Flash.success(redirect, "hours.logged", entry.hours().stripTrailingZeros().toPlainString());
        return "redirect:/my/hours";
    }

    /** Entries waiting for review on one page. */
    static final int PENDING_PAGE = 50;

    /** Entries waiting for review, and the year's approved totals per person and organization. */
    @GetMapping("/service-hours")
    String review(Actor actor, @RequestParam(required = false) Integer year,
                  @RequestParam(defaultValue = "0") long after, @RequestParam(required = false) Integer page,
                  @RequestParam(required = false) Integer unitPage, Model model) {
        int shownYear = year == null ? LocalDate.now(clock).getYear() : year;
        // waiting entries: oldest first, a page at a time by key, with the number of all
        List<HoursEntry> pending = actor.hasAny(Volunteers.KEEPERS) ? hours.pending(actor, after, PENDING_PAGE) : List.of();
        model.addAttribute("pending", pending);
        model.addAttribute("pendingTotal", actor.hasAny(Volunteers.KEEPERS) ? hours.pendingCount(actor) : 0);
        model.addAttribute("after", after > 0 ? after : null);
        model.addAttribute("nextAfter", pending.size() == PENDING_PAGE ? pending.get(PENDING_PAGE - 1).id() : null);
        Paged<HoursTotal> byPerson = hours.totalsByPerson(actor, shownYear, Paged.page(page));
        Paged<HoursTotal> byOrganization = hours.totalsByOrganization(actor, shownYear, Paged.page(unitPage));
        model.addAttribute("byPerson", byPerson);
        model.addAttribute("byOrganization", byOrganization);
        model.addAttribute("page", Paged.page(page));
        model.addAttribute("unitPage", Paged.page(unitPage));
        // The names of the organizations the tables show, in one query (not a map of the whole subtree).
        model.addAttribute("organizationNames", organizations.names(java.util.stream.Stream.concat(
                byPerson.rows().stream(), byOrganization.rows().stream()).map(HoursTotal::organizationId).toList()));
        model.addAttribute("year", shownYear);
        model.addAttribute("canKeep", actor.hasAny(Volunteers.KEEPERS));
        return "volunteer/hours-review";
    }

    @PostMapping("/service-hours/{hourId}/approve")
    String approve(Actor actor, @PathVariable long hourId, @RequestParam(required = false) Long version,
                   RedirectAttributes redirect) {
        Flash.attempt(redirect, "hours.approved", () -> hours.approve(actor, hourId, version));
        return "redirect:/service-hours";
    }

    @PostMapping("/service-hours/{hourId}/return")
    String giveBack(Actor actor, @PathVariable long hourId, @RequestParam(required = false) String reason,
                    @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        Flash.attempt(redirect, "hours.returned", () -> hours.giveBack(actor, hourId, reason, version));
        return "redirect:/service-hours";
    }

    @GetMapping("/volunteers/{volunteerId}/hours")
    String ofVolunteer(Actor actor, @PathVariable long volunteerId, @RequestParam(required = false) Integer year,
                       Model model) {
        int shownYear = year == null ? LocalDate.now(clock).getYear() : year;
        List<HoursEntry> entries = hours.of(actor, volunteerId, shownYear);
        model.addAttribute("volunteer", volunteers.get(actor, volunteerId));
        model.addAttribute("entries", entries);
        model.addAttribute("approvedTotal", entries.stream().filter(e -> e.status() == HourStatus.APPROVED)
                .map(HoursEntry::hours).reduce(BigDecimal.ZERO, BigDecimal::add));
        model.addAttribute("year", shownYear);
        model.addAttribute("from", LocalDate.of(shownYear, 1, 1));
        model.addAttribute("to", LocalDate.of(shownYear, 12, 31));
        return "volunteer/hours";
    }

    /** The 志愿服务记录证明 of a person and period, issued in the name of the caller's organization. */
    @GetMapping("/volunteers/{volunteerId}/certificate.docx")
    void certificate(Actor actor, @PathVariable long volunteerId,
                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     HttpServletResponse response) throws IOException {
        VolunteerSummary volunteer = volunteers.get(actor, volunteerId);
        List<HoursEntry> entries = hours.approved(actor, volunteerId, from, to);
        String home = organizations.byId(volunteer.organizationId()).map(OrganizationSummary::name).orElse("");
        response.setContentType(DOCX);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(certificate.text("certificate.file", volunteer.name()) + ".docx", StandardCharsets.UTF_8)
                .build().toString());
        certificate.write(volunteer, home, actor.organizationName(), from, to, entries, LocalDate.now(clock),
                response.getOutputStream());
    }

    private String my(Actor actor, Model model) {
        var me = actor.has(Role.VOLUNTEER) ? volunteers.ofUser(actor.userId()) : java.util.Optional.<VolunteerSummary>empty();
        model.addAttribute("me", me.orElse(null));
        model.addAttribute("entries", me.isPresent() ? hours.mine(actor) : List.of());
        model.addAttribute("entriesTotal", me.isPresent() ? hours.mineCount(actor) : 0);
        return "volunteer/my-hours";
    }

}
