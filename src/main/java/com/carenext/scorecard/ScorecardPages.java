package com.carenext.scorecard;

import com.carenext.organization.OrganizationType;
import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Flash;
import com.carenext.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The town's ranking of its units, a unit's card with its evidence, and the .xlsx export. */
@Controller
@RequestMapping("/scorecards")
class ScorecardPages {

    private final Scorecards scorecards;
    private final Criteria criteria;
    private final Evidence evidence;
    private final ScorecardWorkbook workbook;
    private final com.carenext.organization.Organizations organizations;
    private final Clock clock;

    ScorecardPages(Scorecards scorecards, Criteria criteria, Evidence evidence, ScorecardWorkbook workbook,
                   com.carenext.organization.Organizations organizations, Clock clock) {
        this.scorecards = scorecards;
        this.criteria = criteria;
        this.evidence = evidence;
        this.workbook = workbook;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** The ranking for the office and leaders; a unit's own people go straight to its card. */
    @GetMapping
    String ranking(Actor actor, @RequestParam(required = false) Integer year,
                   @RequestParam(required = false) OrganizationType level,
                   @RequestParam(required = false) Long organizationId, Model model) {
        int shown = year(year);
        if (!actor.hasAny(Role.TOWN_ADMIN, Role.LEADER)) {
            return "redirect:/scorecards/units/" + actor.organizationId() + "?year=" + shown;
        }
        // A banner's dashboard links a town's figures here: the ranking of that town's units only.
        List<Scorecard> cards = scorecards.cardsUnder(actor, organizationId, shown, level);
        model.addAttribute("cards", cards);
        model.addAttribute("under", organizationId == null || organizationId == actor.organizationId() ? null
                : organizations.get(actor, organizationId));
        model.addAttribute("year", shown);
        model.addAttribute("level", level);
        model.addAttribute("levels", OrganizationType.values());
        model.addAttribute("canSet", actor.has(Role.TOWN_ADMIN));
        return "scorecard/ranking";
    }

    @GetMapping("/units/{organizationId}")
    String card(Actor actor, @PathVariable long organizationId, @RequestParam(required = false) Integer year,
                Model model) {
        int shown = year(year);
        Scorecard card = scorecards.card(actor, organizationId, shown);
        model.addAttribute("card", card);
        model.addAttribute("year", shown);
        model.addAttribute("canUpload", actor.hasAny(Role.ORG_MANAGER, Role.TOWN_ADMIN));
        model.addAttribute("canDecide", actor.has(Role.TOWN_ADMIN) && actor.organizationId() != organizationId);
        model.addAttribute("canRank", actor.hasAny(Role.TOWN_ADMIN, Role.LEADER));
        model.addAttribute("groups", CriterionGroup.values());
        return "scorecard/card";
    }

    @PostMapping("/units/{organizationId}/evidence")
    String upload(Actor actor, @PathVariable long organizationId, @RequestParam long criterionId,
                  @RequestParam int year, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String note, RedirectAttributes redirect) {
        var unit = organizations.get(actor, organizationId);
        Criterion criterion = criteria.applicable(actor, year).stream().filter(c -> c.id() == criterionId)
                .findFirst().orElse(null);
        try {
            if (criterion == null) {
                throw new BusinessRuleException("scorecard.evidence.notForThis");
            }
            com.carenext.shared.AuditTarget.name(Evidence.ENTITY, evidence.upload(actor, unit, criterion, file, note));
            Flash.success(redirect, "scorecard.evidence.uploaded");
        } catch (BusinessRuleException e) {
            Flash.fail(redirect, e);
        }
        return "redirect:/scorecards/units/" + organizationId + "?year=" + year;
    }

    @PostMapping("/evidence/{scorecardEvidenceId}/confirm")
    String confirm(Actor actor, @PathVariable long scorecardEvidenceId, @RequestParam(required = false) Long version,
                   @RequestParam long organizationId, @RequestParam int year, RedirectAttributes redirect) {
        Flash.attempt(redirect, "scorecard.evidence.confirmed",
                () -> evidence.confirm(actor, scorecardEvidenceId, version));
        return "redirect:/scorecards/units/" + organizationId + "?year=" + year;
    }

    @PostMapping("/evidence/{scorecardEvidenceId}/reject")
    String reject(Actor actor, @PathVariable long scorecardEvidenceId, @RequestParam(required = false) Long version,
                  @RequestParam(required = false) String reason, @RequestParam long organizationId,
                  @RequestParam int year, RedirectAttributes redirect) {
        Flash.attempt(redirect, "scorecard.evidence.rejected",
                () -> evidence.reject(actor, scorecardEvidenceId, version, reason));
        return "redirect:/scorecards/units/" + organizationId + "?year=" + year;
    }

    @GetMapping("/evidence/{scorecardEvidenceId}/file")
    ResponseEntity<Resource> file(Actor actor, @PathVariable long scorecardEvidenceId) {
        return evidence.download(actor, scorecardEvidenceId);
    }

    @GetMapping("/export.xlsx")
    void export(Actor actor, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) OrganizationType level,
                @RequestParam(required = false) Long organizationId, HttpServletResponse response)
            throws IOException {
        actor.require(Role.TOWN_ADMIN, Role.LEADER);
        int shown = year(year);
        // the ranking shown: a town's units when the banner came from its dashboard column
        workbook.write(actor, shown, scorecards.cardsUnder(actor, organizationId, shown, level), response);
    }

    private int year(Integer year) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        if (shown < 2000 || shown > 2100) {
            throw new BusinessRuleException("scorecard.year.invalid");
        }
        return shown;
    }
}
