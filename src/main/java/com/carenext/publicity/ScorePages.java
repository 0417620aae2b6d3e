package com.carenext.publicity;

import com.carenext.plan.NoticeDraft;
import com.carenext.plan.Notices;

import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.Flash;
import com.carenext.shared.Paged;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
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

/** Monthly statistics, the yearly rules, the monthly 通报 and the year-end assessment. */
@Controller
@RequestMapping("/publicity")
class ScorePages {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PublicityScores scores;
    private final Bulletins bulletins;
    private final Notices notices;
    private final AssessmentWorkbook workbook;
    private final MessageSource messages;
    private final Articles articles;
    private final Clock clock;

    ScorePages(PublicityScores scores, Bulletins bulletins, AssessmentWorkbook workbook, MessageSource messages,
               Articles articles, Clock clock, Notices notices) {
        this.notices = notices;
        this.articles = articles;
        this.scores = scores;
        this.bulletins = bulletins;
        this.workbook = workbook;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String home() {
        return "redirect:/publicity/statistics";
    }

    @GetMapping("/statistics")
    String statistics(Actor actor, @RequestParam(required = false) String month,
                      @RequestParam(required = false) Integer page,
                      @RequestParam(required = false) Integer correspondentPage, Model model) {
        YearMonth chosen = month(actor, month);
        model.addAttribute("statistics", scores.monthPage(actor, chosen, Paged.page(page),
                Paged.page(correspondentPage), false));
        model.addAttribute("month", chosen);
        model.addAttribute("levels", OutletLevel.values());
        return "publicity/statistics";
    }

    /** One organization's lines of the month, loaded into its row when its 得分明细 is opened. */
    @GetMapping("/statistics/explanation")
    String explanation(Actor actor, @RequestParam String month, @RequestParam long organizationId, Model model) {
        model.addAttribute("score", scores.explanation(actor, PublicityApi.month(month), organizationId));
        return "publicity/explanation :: lines";
    }

    @GetMapping("/rules")
    String rules(Actor actor, @RequestParam(required = false) Integer year, Model model) {
        int chosen = year == null ? LocalDate.now(clock).getYear() : year;
        RulesView rules = scores.rules(actor, chosen);
        model.addAttribute("form", RulesForm.of(rules.rules(), rules.own() ? rules.version() : null));
        return rulesPage(model, rules);
    }

    @PostMapping("/rules")
    String saveRules(Actor actor, @RequestParam int year, @Valid @ModelAttribute("form") RulesForm form,
                     BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return rulesPage(model, scores.rules(actor, year));
        }
        scores.saveRules(actor, year, form);
        Flash.success(redirect, "publicity.rules.saved", String.valueOf(year));
        return "redirect:/publicity/rules?year=" + year;
    }

    private String rulesPage(Model model, RulesView rules) {
        model.addAttribute("rules", rules);
        model.addAttribute("countings", CountingRule.values());
        return "publicity/rules";
    }

    @GetMapping("/bulletins")
    String bulletins(Actor actor, @RequestParam(required = false) String month,
                     @RequestParam(required = false) Integer archivePage, Model model) {
        YearMonth chosen = month(actor, month);
        model.addAttribute("month", chosen);
        model.addAttribute("bulletin", bulletins.preview(actor, chosen));
        model.addAttribute("archive", bulletins.archive(actor, com.carenext.shared.Paged.page(archivePage)));
        model.addAttribute("archived", null);
        return "publicity/bulletin";
    }

    @PostMapping("/bulletins")
    String generate(Actor actor, @RequestParam String month, RedirectAttributes redirect) {
        BulletinView bulletin = bulletins.generate(actor, PublicityApi.month(month));
        AuditTarget.name(Bulletins.ENTITY, bulletin.id());
        Flash.success(redirect, "publicity.bulletin.archived");
        return "redirect:/publicity/bulletins/" + bulletin.month();
    }

    /**
     * Issues an archived 通报 as a notice (通知) to every organization of the office's subtree: the notice is
     * created as a draft with the 通报's title, 文号 and text, for the office to check and publish.
     */
    @PostMapping("/bulletins/{month}/notice")
    String issueAsNotice(Actor actor, @PathVariable String month) {
        BulletinView bulletin = bulletins.archived(actor, PublicityApi.month(month));
        long noticeId = notices.create(actor, new NoticeDraft(bulletin.title(), bulletin.documentNumber(),
                bulletin.text(), null, actor.organizationId(), List.of()));
        AuditTarget.name("Notice", noticeId);
        return "redirect:/notices/" + noticeId;
    }

    /** An archived 通报; {@code format=docx} downloads it as Word. */
    @GetMapping("/bulletins/{month}")
    String archived(Actor actor, @PathVariable String month, @RequestParam(required = false) String format,
                    @RequestParam(required = false) Integer archivePage, Model model, HttpServletResponse response)
            throws IOException {
        BulletinView bulletin = bulletins.archived(actor, PublicityApi.month(month));
        if ("docx".equalsIgnoreCase(format)) {
            PublicityApi.writeDocx(bulletin.content(), response);
            return null;
        }
        model.addAttribute("month", YearMonth.parse(bulletin.month()));
        model.addAttribute("bulletin", bulletin.content());
        model.addAttribute("archived", bulletin);
        model.addAttribute("archive", bulletins.archive(actor, com.carenext.shared.Paged.page(archivePage)));
        return "publicity/bulletin";
    }

    @GetMapping("/assessment")
    String assessment(Actor actor, @RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("assessment", scores.year(actor, year == null ? month(actor, null).getYear() : year));
        model.addAttribute("levels", OutletLevel.values());
        return "publicity/assessment";
    }

    @GetMapping("/assessment.xlsx")
    void assessmentExport(Actor actor, @RequestParam(required = false) Integer year, HttpServletResponse response)
            throws IOException {
        YearAssessment assessment = scores.year(actor, year == null ? month(actor, null).getYear() : year);
        String title = messages.getMessage("publicity.assessment.fileTitle",
                new Object[]{actor.organizationName(), String.valueOf(assessment.year())}, LocaleContextHolder.getLocale());
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(title + ".xlsx", StandardCharsets.UTF_8).build().toString());
        workbook.write(assessment, actor.organizationName(), response.getOutputStream());
    }

    /** The month asked for; without one, the month of the newest article (or this month when there is none). */
    private YearMonth month(Actor actor, String text) {
        if (text != null && !text.isBlank()) {
            return PublicityApi.month(text);
        }
        return articles.latestMonth(actor, LocalDate.now(clock)).orElseGet(() -> YearMonth.now(clock));
    }
}
