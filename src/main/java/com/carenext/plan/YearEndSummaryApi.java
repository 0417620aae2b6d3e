package com.carenext.plan;

import com.carenext.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A plan's year-end summary (年度工作总结) as JSON or as the .docx official document. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "年度工作总结", description = "按计划章节汇总的年度工作总结：指标数值、主要记录、佐证与不足；可导出 Word")
class YearEndSummaryApi {

    private static final MediaType DOCX = MediaType.parseMediaType(PlanPages.DOCX);

    private final YearEndSummaries summaries;

    YearEndSummaryApi(YearEndSummaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping(value = "/plans/{planId}/year-end-summary", produces = {MediaType.APPLICATION_JSON_VALUE, PlanPages.DOCX})
    @Operation(summary = "年度工作总结：保存的草稿（未生成时为按当前记录即时汇总的内容），按计划章节列出任务、指标数值与目标、"
            + "主要记录（含链接）、进展、佐证和不足；Accept 为 Word 类型时返回 .docx")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = YearEndSummary.class)),
            @Content(mediaType = PlanPages.DOCX)})
    ResponseEntity<?> get(Actor actor, @PathVariable long planId,
                          @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        YearEndSummary summary = summaries.get(actor, planId);
        if (accept != null && MediaType.parseMediaTypes(accept).stream().anyMatch(DOCX::equalsTypeAndSubtype)) {
            return docx(summary);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(summary);
    }

    @GetMapping("/plans/{planId}/year-end-summary.docx")
    @Operation(summary = "年度工作总结 .docx（公文格式：标题、各章节标题一、…五、、指标数值、落款）")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = PlanPages.DOCX))
    ResponseEntity<byte[]> docx(Actor actor, @PathVariable long planId) {
        return docx(summaries.get(actor, planId));
    }

    private ResponseEntity<byte[]> docx(YearEndSummary summary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        summaries.writeDocx(summary, out);
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(summary.title() + ".docx", StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }
}
