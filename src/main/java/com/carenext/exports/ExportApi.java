package com.carenext.exports;

import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Exports as jobs for API clients: ask (202 + Location), poll the status, fetch the .xlsx when done. */
@RestController
@RequestMapping("/api/v1/exports")
@Tag(name = "导出任务", description = "大列表（审计日志、活动台账、五老名册）导出为后台任务：提交、查询进度、下载 .xlsx")
class ExportApi {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ExportJobs jobs;

    ExportApi(ExportJobs jobs) {
        this.jobs = jobs;
    }

    /** What to export: the list and its filter, named as the list's own query parameters. */
    record ExportRequest(@NotNull ExportKind kind, Map<String, String> filter) {
    }

    @PostMapping
    @Operation(summary = "提交导出任务（kind: ACTIVITY、AUDIT、VOLUNTEER；filter 与列表页筛选参数同名），返回 202 与 Location")
    ResponseEntity<ExportJob> request(Actor actor, @Valid @RequestBody ExportRequest request) {
        ExportJob job = jobs.request(actor, request.kind(), request.filter() == null ? Map.of() : request.filter());
        AuditTarget.name(ExportJobs.ENTITY, job.id());
        return ResponseEntity.accepted().location(URI.create("/api/v1/exports/" + job.id())).body(job);
    }

    @GetMapping
    @Operation(summary = "本人的导出任务（一天后清除），新的在前")
    List<ExportJob> mine(Actor actor) {
        return jobs.mine(actor);
    }

    @GetMapping("/{exportId}")
    @Operation(summary = "导出任务的状态与进度（已写行数、总行数）；失败时 reason 说明原因")
    ExportJob get(Actor actor, @PathVariable long exportId) {
        return jobs.get(actor, exportId);
    }

    @GetMapping("/{exportId}/file")
    @Operation(summary = "下载已完成的 .xlsx（仅本人；未完成时 422）")
    ResponseEntity<Resource> file(Actor actor, @PathVariable long exportId) {
        return download(jobs.file(actor, exportId));
    }

    static ResponseEntity<Resource> download(ExportJobs.Download download) {
        return ResponseEntity.ok().contentType(XLSX).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(download.path()));
    }
}
