package com.carenext.publicity;

import com.carenext.shared.BadRequestException;
import com.carenext.shared.Actor;
import com.carenext.shared.Paged;
import com.carenext.shared.AuditTarget;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Correspondents, articles with their review and publications, rules, statistics and 通报 as JSON. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "信息宣传", description = "通讯员网格、稿件报送与采用、量化考核规则、月统计、月通报与年终考核")
class PublicityApi {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Correspondents correspondents;
    private final Articles articles;
    private final PublicityScores scores;
    private final Bulletins bulletins;
    private final java.time.Clock clock;

    PublicityApi(Correspondents correspondents, Articles articles, PublicityScores scores, Bulletins bulletins,
                 java.time.Clock clock) {
        this.clock = clock;
        this.correspondents = correspondents;
        this.articles = articles;
        this.scores = scores;
        this.bulletins = bulletins;
    }

    record ReturnRequest(@NotBlank @Size(max = 500) String reason, Long version) {
    }

    record Activation(boolean active, Long version) {
    }

    record GenerateRequest(@NotNull @Pattern(regexp = "^\\d{4}-\\d{2}$") String month) {
    }

    @GetMapping("/correspondents")
    @Operation(summary = "通讯员网格：本人可见范围内的通讯员（电话已遮蔽）；includeInactive=true 含已停用；"
            + "分页（page 从 0 起，每页 50 人），total 为总数")
    Paged<CorrespondentView> correspondents(Actor actor,
            @RequestParam(defaultValue = "false") boolean includeInactive, @RequestParam(required = false) Integer page) {
        return correspondents.page(actor, includeInactive, Paged.page(page))
                .map(PublicityApi::masked);
    }

    @PostMapping("/correspondents")
    ResponseEntity<CorrespondentView> createCorrespondent(Actor actor, @Valid @RequestBody CorrespondentDraft draft) {
        CorrespondentView created = correspondents.create(actor, draft);
        AuditTarget.name(Correspondents.ENTITY, created.id());
        return ResponseEntity.created(URI.create("/api/v1/correspondents/" + created.id())).body(masked(created));
    }

    @GetMapping("/correspondents/{correspondentId}")
    @Operation(summary = "通讯员及其网格变更历史")
    CorrespondentView correspondent(Actor actor, @PathVariable long correspondentId) {
        return masked(correspondents.get(actor, correspondentId));
    }

    /** The full phone, for a keeper who needs it; recorded in the audit trail. */
    record Contact(String phone) {
    }

    @PostMapping("/correspondents/{correspondentId}/reveal")
    @Operation(summary = "查看通讯员完整手机号（记入审计）；其他接口中的手机号均已遮蔽")
    Contact revealCorrespondent(Actor actor, @PathVariable long correspondentId) {
        return new Contact(correspondents.reveal(actor, correspondentId).phone());
    }

    @PutMapping("/correspondents/{correspondentId}")
    @Operation(summary = "修改通讯员；组织或网格变化时记入历史（from 为变更生效日）")
    CorrespondentView updateCorrespondent(Actor actor, @PathVariable long correspondentId,
                                          @Valid @RequestBody CorrespondentDraft draft) {
        return masked(correspondents.update(actor, correspondentId, draft));
    }

    @PostMapping("/correspondents/{correspondentId}/activation")
    CorrespondentView activation(Actor actor, @PathVariable long correspondentId, @RequestBody Activation activation) {
        return masked(correspondents.setActive(actor, correspondentId, activation.active(), activation.version()));
    }

    @GetMapping("/articles")
    @Operation(summary = "稿件列表，新者在前；month=YYYY-MM、status、organizationId 过滤；before=上一页最后一条的 id")
    List<ArticleSummary> articles(Actor actor, @RequestParam(required = false) String month,
                                  @RequestParam(required = false) ArticleStatus status,
                                  @RequestParam(required = false) Long organizationId,
                                  @RequestParam(required = false) Long before,
                                  @RequestParam(defaultValue = "50") int size) {
        return articles.list(actor, new ArticleFilter(month == null || month.isBlank() ? null : month(month), status,
                organizationId), before, size);
    }

    @PostMapping(path = "/articles", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "报送稿件（附件另行上传到 /articles/{id}/attachments）")
    ResponseEntity<ArticleView> submit(Actor actor, @Valid @RequestBody ArticleDraft draft) {
        ArticleView created = articles.submit(actor, draft, List.of());
        AuditTarget.name(Articles.ENTITY, created.id());
        return ResponseEntity.created(URI.create("/api/v1/articles/" + created.id())).body(created);
    }

    @GetMapping("/articles/{articleId}")
    ArticleView article(Actor actor, @PathVariable long articleId) {
        return articles.get(actor, articleId);
    }

    @PutMapping("/articles/{articleId}")
    @Operation(summary = "修改被退回的稿件并重新报送")
    ArticleView resubmit(Actor actor, @PathVariable long articleId, @Valid @RequestBody ArticleDraft draft) {
        return articles.resubmit(actor, articleId, draft);
    }

    @PostMapping(path = "/articles/{articleId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传附件或截图（图片、PDF、Office 文件，按文件内容识别类型，单个不超过 10 MB；图片重新编码，去除位置信息）")
    ArticleView attach(Actor actor, @PathVariable long articleId, @RequestPart("files") List<MultipartFile> files) {
        return articles.attach(actor, articleId, files);
    }

    @GetMapping("/articles/{articleId}/attachments/{attachmentId}")
    ResponseEntity<Resource> attachment(Actor actor, @PathVariable long articleId, @PathVariable long attachmentId) {
        return articles.attachment(actor, articleId, attachmentId);
    }

    @PostMapping("/articles/{articleId}/adoptions")
    @Operation(summary = "镇关工委审核采用，并登记首次刊发（层级、媒体、日期、链接）")
    ArticleView adopt(Actor actor, @PathVariable long articleId, @Valid @RequestBody PublicationDraft publication) {
        return articles.adopt(actor, articleId, publication);
    }

    @PostMapping("/articles/{articleId}/returns")
    @Operation(summary = "退回稿件并说明原因")
    ArticleView returnArticle(Actor actor, @PathVariable long articleId, @Valid @RequestBody ReturnRequest request) {
        return articles.returnArticle(actor, articleId, request.reason(), request.version());
    }

    @PostMapping("/articles/{articleId}/publications")
    @Operation(summary = "已采用稿件在其他媒体（其他层级）刊发")
    ArticleView publish(Actor actor, @PathVariable long articleId, @Valid @RequestBody PublicationDraft publication) {
        return articles.publish(actor, articleId, publication);
    }

    @GetMapping("/publicity/rules/{year}")
    @Operation(summary = "该年度考核规则（本单位或上级设定）；尚未设定时 404")
    RulesView rules(Actor actor, @PathVariable int year) {
        return scores.definedRules(actor, year);
    }

    @PutMapping("/publicity/rules/{year}")
    @Operation(summary = "设定本单位该年度考核规则（关工委干事）；全年得分随即按新规则重算")
    RulesView saveRules(Actor actor, @PathVariable int year, @Valid @RequestBody RulesForm form) {
        return scores.saveRules(actor, year, form);
    }

    @GetMapping("/publicity/statistics")
    @Operation(summary = "月统计：各单位报送、各级采用、得分（含明细）、是否完成定额、排名，分页（page 从 0 起，每页 50 个单位，"
            + "名次按全部单位排定，total 为单位总数）；合计（采用、旗级及以上、未完成定额单位数、总分）为全部单位的；"
            + "通讯员个人统计仅对关工委干事提供，另行分页（correspondentPage）")
    MonthPage statistics(Actor actor, @RequestParam(required = false) String month,
                         @RequestParam(required = false) Integer page,
                         @RequestParam(required = false) Integer correspondentPage) {
        return scores.monthPage(actor, month == null || month.isBlank() ? YearMonth.now(clock) : month(month),
                Paged.page(page), Paged.page(correspondentPage), true);
    }

    @GetMapping("/publicity/assessment")
    @Operation(summary = "年终考核：各单位、通讯员全年合计，表彰与通报批评名单")
    YearAssessment assessment(Actor actor, @RequestParam(required = false) Integer year) {
        return scores.year(actor, year == null ? LocalDate.now(clock).getYear() : year);
    }

    @GetMapping("/publicity/bulletins")
    @Operation(summary = "已存档的月通报，新的月份在前；分页（page 从 0 起，每页 24 份），total 为总数")
    com.carenext.shared.Paged<BulletinSummary> bulletins(Actor actor, @RequestParam(required = false) Integer page) {
        return bulletins.archive(actor, com.carenext.shared.Paged.page(page));
    }

    @PostMapping("/publicity/bulletins")
    @Operation(summary = "生成并存档某月通报（关工委干事）；同月再次生成则替换")
    ResponseEntity<BulletinView> generate(Actor actor, @Valid @RequestBody GenerateRequest request) {
        BulletinView bulletin = bulletins.generate(actor, month(request.month()));
        AuditTarget.name(Bulletins.ENTITY, bulletin.id());
        return ResponseEntity.created(URI.create("/api/v1/publicity/bulletins/" + bulletin.month())).body(bulletin);
    }

    @GetMapping(path = "/publicity/bulletins/{month}")
    @Operation(summary = "已存档的月通报：JSON；Accept 为 Word 文档类型、format=docx 或路径以 .docx 结尾时返回 .docx")
    ResponseEntity<?> bulletin(Actor actor, @PathVariable String month,
                               @RequestParam(required = false) String format,
                               @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                               HttpServletResponse response) throws IOException {
        boolean docx = month.endsWith(".docx") || "docx".equalsIgnoreCase(format)
                || (accept != null && accept.contains(DOCX));
        BulletinView bulletin = bulletins.archived(actor, month(month.replaceFirst("\\.docx$", "")));
        if (!docx) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(bulletin);
        }
        writeDocx(bulletin.content(), response);
        return null;
    }

    static void writeDocx(BulletinContent content, HttpServletResponse response) throws IOException {
        response.setContentType(DOCX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(content.title() + ".docx", StandardCharsets.UTF_8).build().toString());
        content.writeDocx(response.getOutputStream());
    }

    /** A month as YYYY-MM; anything else is a bad request (400). */
    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("error.badMonth", text);
        }
    }

    private static CorrespondentView masked(CorrespondentView view) {
        return new CorrespondentView(view.id(), view.organizationId(), view.organizationName(), view.name(),
                view.maskedPhone(), view.grid(), view.userId(), view.active(), view.version(), view.history());
    }
}
