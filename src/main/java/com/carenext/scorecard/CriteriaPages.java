package com.carenext.scorecard;

import com.carenext.organization.OrganizationType;
import com.carenext.plan.Measure;
import com.carenext.plan.Measures;
import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Flash;
import com.carenext.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The town office sets the criteria of a year and level: loads the default set, adds, edits, disables. */
@Controller
@RequestMapping("/scorecards/criteria")
class CriteriaPages {

    private final Criteria criteria;
    private final Measures measures;
    private final Clock clock;

    CriteriaPages(Criteria criteria, Measures measures, Clock clock) {
        this.criteria = criteria;
        this.measures = measures;
        this.clock = clock;
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) OrganizationType level, Model model) {
        actor.require(Role.TOWN_ADMIN);
        return listPage(actor, year(year), level == null ? OrganizationType.VILLAGE_COMMITTEE : level,
                CriterionDraft.empty(), model);
    }

    @PostMapping("/defaults")
    String loadDefaults(Actor actor, @RequestParam int year, @RequestParam OrganizationType level,
                        RedirectAttributes redirect) {
        Flash.attempt(redirect, "scorecard.criteria.defaultsLoaded", () -> criteria.loadDefaults(actor, year, level));
        return "redirect:/scorecards/criteria?year=" + year + "&level=" + level;
    }

    @PostMapping
    String add(Actor actor, @RequestParam int year, @RequestParam OrganizationType level,
               @Valid @ModelAttribute("draft") CriterionDraft draft, BindingResult errors, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        actor.require(Role.TOWN_ADMIN);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return listPage(actor, year, level, draft, model);
        }
        try {
            AuditTarget.name(Criteria.ENTITY, criteria.add(actor, year, level, draft));
        } catch (BusinessRuleException e) {
            Flash.refuse(model, response, e);
            return listPage(actor, year, level, draft, model);
        }
        Flash.success(redirect, "common.saved");
        return "redirect:/scorecards/criteria?year=" + year + "&level=" + level;
    }

    @GetMapping("/{criterionId}/edit")
    String edit(Actor actor, @PathVariable long criterionId, Model model) {
        Criterion criterion = criteria.own(actor, criterionId);
        model.addAttribute("draft", CriterionDraft.of(criterion));
        return editPage(actor, criterion, model);
    }

    @PostMapping("/{criterionId}")
    String update(Actor actor, @PathVariable long criterionId, @Valid @ModelAttribute("draft") CriterionDraft draft,
                  BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Criterion criterion = criteria.own(actor, criterionId);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return editPage(actor, criterion, model);
        }
        try {
            criteria.update(actor, criterionId, draft);
        } catch (BusinessRuleException e) {
            Flash.refuse(model, response, e);
            return editPage(actor, criterion, model);
        }
        Flash.success(redirect, "common.saved");
        return "redirect:/scorecards/criteria?year=" + criterion.scoreYear() + "&level=" + criterion.level();
    }

    @PostMapping("/{criterionId}/active")
    String active(Actor actor, @PathVariable long criterionId, @RequestParam boolean active,
                  @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        Criterion criterion = criteria.own(actor, criterionId);
        Flash.attempt(redirect, active ? "scorecard.criteria.enabled" : "scorecard.criteria.disabled",
                () -> criteria.setActive(actor, criterionId, active, version));
        return "redirect:/scorecards/criteria?year=" + criterion.scoreYear() + "&level=" + criterion.level();
    }

    private String listPage(Actor actor, int year, OrganizationType level, CriterionDraft draft, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("level", level);
        model.addAttribute("levels", OrganizationType.values());
        model.addAttribute("criteria", criteria.own(actor, year, level));
        model.addAttribute("draft", draft);
        return form(model);
    }

    private String editPage(Actor actor, Criterion criterion, Model model) {
        model.addAttribute("criterion", criterion);
        model.addAttribute("history", criteria.history(actor, criterion.id()));
        form(model);
        return "scorecard/criterion-form";
    }

    /** What the form offers: the groups, the methods and every figure (the modules' measures and the roster's). */
    private String form(Model model) {
        List<Measure> offered = new ArrayList<>();
        offered.add(Measure.of(UnitFigures.DIRECTORS, "scorecard.measure." + UnitFigures.DIRECTORS, "plan.unit.persons"));
        offered.add(Measure.of(UnitFigures.MEMBERS, "scorecard.measure." + UnitFigures.MEMBERS, "plan.unit.persons"));
        offered.addAll(measures.all());
        model.addAttribute("measures", offered);
        model.addAttribute("measureNames", offered.stream()
                .collect(java.util.stream.Collectors.toMap(Measure::code, Measure::nameKey)));
        model.addAttribute("groups", CriterionGroup.values());
        model.addAttribute("methods", CriterionMethod.values());
        return "scorecard/criteria";
    }

    private int year(Integer year) {
        return year == null ? LocalDate.now(clock).getYear() : year;
    }
}
