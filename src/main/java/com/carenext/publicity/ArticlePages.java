package com.carenext.publicity;

import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Flash;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Article pages: the list, submitting with screenshots, an article with its review and publications. */
@Controller
@RequestMapping("/publicity/articles")
class ArticlePages {

    private static final int PAGE = 30;

    private final Articles articles;
    private final Correspondents correspondents;
    private final Organizations organizations;
    private final Clock clock;

    ArticlePages(Articles articles, Correspondents correspondents, Organizations organizations, Clock clock) {
        this.articles = articles;
        this.correspondents = correspondents;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) String month,
                @RequestParam(required = false) ArticleStatus status, @RequestParam(required = false) Long before,
                Model model) {
        YearMonth chosen = month == null || month.isBlank() ? null : PublicityApi.month(month);
        List<ArticleSummary> page = articles.list(actor, new ArticleFilter(chosen, status, null), before, PAGE + 1);
        model.addAttribute("articles", page.size() > PAGE ? page.subList(0, PAGE) : page);
        model.addAttribute("next", page.size() > PAGE ? page.get(PAGE - 1).id() : null);
        model.addAttribute("month", chosen);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ArticleStatus.values());
        return "publicity/articles";
    }

    @GetMapping("/new")
    String submitForm(Actor actor, Model model) {
        List<Long> own = correspondents.ofUser(actor).stream().map(CorrespondentView::id).toList();
        model.addAttribute("draft", new ArticleDraft(actor.organizationId(), "", null, null, ArticleKind.NEWS,
                LocalDate.now(clock), own, null, null));
        return form(actor, model);
    }

    @PostMapping
    String submit(Actor actor, @Valid @ModelAttribute("draft") ArticleDraft draft, BindingResult errors,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(actor, model);
        }
        try {
            ArticleView created = articles.submit(actor, draft, files);
            AuditTarget.name(Articles.ENTITY, created.id());
            Flash.success(redirect, "publicity.article.submitted");
            return "redirect:/publicity/articles/" + created.id();
        } catch (BusinessRuleException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("failure", e.messageKey());
            model.addAttribute("failureArgs", e.arguments());
            return form(actor, model);
        }
    }

    /** A returned article, to be corrected and submitted again. */
    @GetMapping("/{articleId}/edit")
    String editForm(Actor actor, @PathVariable long articleId, Model model) {
        ArticleView article = articles.get(actor, articleId);
        model.addAttribute("draft", new ArticleDraft(article.organizationId(), article.title(), article.body(),
                article.link(), article.kind(), article.date(),
                article.authors().stream().map(ArticleView.Author::correspondentId).filter(java.util.Objects::nonNull).toList(),
                String.join("、", article.authors().stream().filter(a -> a.correspondentId() == null)
                        .map(ArticleView.Author::name).toList()), article.version()));
        model.addAttribute("article", article);
        return form(actor, model);
    }

    @PostMapping("/{articleId}/resubmit")
    String resubmit(Actor actor, @PathVariable long articleId, @Valid @ModelAttribute("draft") ArticleDraft draft,
                    BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ArticleView article = articles.get(actor, articleId);
        model.addAttribute("article", article);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(actor, model);
        }
        try {
            articles.resubmit(actor, articleId, draft);
            Flash.success(redirect, "publicity.article.resubmitted");
            return "redirect:/publicity/articles/" + articleId;
        } catch (BusinessRuleException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("failure", e.messageKey());
            model.addAttribute("failureArgs", e.arguments());
            return form(actor, model);
        }
    }

    @GetMapping("/{articleId}")
    String show(Actor actor, @PathVariable long articleId, Model model) {
        model.addAttribute("article", articles.get(actor, articleId));
        model.addAttribute("levels", OutletLevel.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "publicity/article";
    }

    @PostMapping("/{articleId}/adopt")
    String adopt(Actor actor, @PathVariable long articleId, @RequestParam OutletLevel level,
                 @RequestParam String outlet, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                 @RequestParam(required = false) String link, @RequestParam Long version,
                 RedirectAttributes redirect) {
        Flash.attempt(redirect, "publicity.article.adopted",
                () -> articles.adopt(actor, articleId, publication(level, outlet, date, link, version)));
        return "redirect:/publicity/articles/" + articleId;
    }

    @PostMapping("/{articleId}/return")
    String returnArticle(Actor actor, @PathVariable long articleId, @RequestParam String reason,
                         @RequestParam Long version, RedirectAttributes redirect) {
        Flash.attempt(redirect, "publicity.article.returned",
                () -> articles.returnArticle(actor, articleId, reason, version));
        return "redirect:/publicity/articles/" + articleId;
    }

    @PostMapping("/{articleId}/publications")
    String publish(Actor actor, @PathVariable long articleId, @RequestParam OutletLevel level,
                   @RequestParam String outlet, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                   @RequestParam(required = false) String link, @RequestParam Long version,
                   RedirectAttributes redirect) {
        Flash.attempt(redirect, "publicity.article.published",
                () -> articles.publish(actor, articleId, publication(level, outlet, date, link, version)));
        return "redirect:/publicity/articles/" + articleId;
    }

    @GetMapping("/{articleId}/attachments/{attachmentId}")
    ResponseEntity<Resource> attachment(Actor actor, @PathVariable long articleId, @PathVariable long attachmentId) {
        return articles.attachment(actor, articleId, attachmentId);
    }

    /** The one-click forms carry few fields: checked here with the same limits as the API's record. */
    private static PublicationDraft publication(OutletLevel level, String outlet, LocalDate date, String link,
                                                Long version) {
        if (outlet == null || outlet.isBlank() || outlet.length() > 200) {
            throw new BusinessRuleException("publicity.publication.outletRequired");
        }
        if (link != null && !link.isBlank() && (link.length() > 500 || !link.matches("^https?://\\S+$"))) {
            throw new BusinessRuleException("publicity.validation.link");
        }
        return new PublicationDraft(level, outlet, date, link, version);
    }

    private String form(Actor actor, Model model) {
        // Only the chosen organization (the picker searches the tree on demand): the form costs the same at any size.
        ArticleDraft draft = (ArticleDraft) model.getAttribute("draft");
        model.addAttribute("chosenOrganization", organizations.chosen(actor, draft == null ? null : draft.organizationId()));
        // The ticked authors only (their picker searches the grid on demand), not every correspondent of the subtree.
        model.addAttribute("chosenAuthors", CorrespondentPages.items(correspondents.among(actor,
                draft == null ? List.of() : draft.authorIdsOrEmpty())));
        model.addAttribute("kinds", ArticleKind.values());
        model.addAttribute("maxMegabytes", articles.maxAttachmentBytes() / 1024 / 1024);
        return "publicity/article-form";
    }
}
