package com.carenext.activity;

import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Education bases, their visits and the story library as JSON, scoped like the pages. */
@RestController
@Tag(name = "教育基地", description = "教育基地简介、参观接待（学校、学生人数、五老讲解员）、红色故事与“大寨”故事资料库")
class EducationBaseApi {

    private final EducationBases bases;
    private final Materials materials;

    EducationBaseApi(EducationBases bases, Materials materials) {
        this.bases = bases;
        this.materials = materials;
    }

    @GetMapping("/api/v1/education-bases")
    @Operation(summary = "本单位范围内的教育基地（类型为教育基地的组织）及简介")
    List<EducationBaseView> list(Actor actor) {
        return bases.list(actor);
    }

    @GetMapping("/api/v1/education-bases/{baseId}")
    @Operation(summary = "一个教育基地：简介、年度合计、参观记录与资料（各为第一页，每页 50 条，total 为总数；"
            + "visitPage、materialPage 从 0 起翻页）")
    EducationBaseView get(Actor actor, @PathVariable long baseId, @RequestParam(required = false) Integer visitPage,
                          @RequestParam(required = false) Integer materialPage) {
        return bases.get(actor, baseId, com.carenext.shared.Paged.page(visitPage),
                com.carenext.shared.Paged.page(materialPage));
    }

    @PutMapping("/api/v1/education-bases/{baseId}/profile")
    @Operation(summary = "修改基地简介（带 version，并发修改返回 409）")
    EducationBaseView describe(Actor actor, @PathVariable long baseId, @Valid @RequestBody BaseProfile profile) {
        return bases.describe(actor, baseId, profile);
    }

    @GetMapping("/api/v1/education-bases/{baseId}/visits")
    @Operation(summary = "一个教育基地的参观记录，新的在前；分页（page 从 0 起，每页 50 条），total 为总数")
    com.carenext.shared.Paged<VisitView> visits(Actor actor, @PathVariable long baseId,
                                                @RequestParam(required = false) Integer page) {
        return bases.visits(actor, baseId, com.carenext.shared.Paged.page(page));
    }

    @PostMapping("/api/v1/education-bases/{baseId}/visits")
    @Operation(summary = "登记一次参观（学校可填名称或选择学校组织，讲解五老可选）")
    ResponseEntity<VisitView> visit(Actor actor, @PathVariable long baseId, @Valid @RequestBody VisitDraft draft) {
        VisitView visit = bases.recordVisit(actor, baseId, draft);
        AuditTarget.name(EducationBases.VISIT, visit.id());
        return ResponseEntity.created(URI.create("/api/v1/education-bases/" + baseId + "/visits")).body(visit);
    }

    @GetMapping("/api/v1/materials")
    @Operation(summary = "资料库：q 按标签精确匹配，或按标题、正文包含匹配；按 id 倒序")
    List<MaterialView> materials(Actor actor, @RequestParam(required = false) String q,
                                 @RequestParam(required = false) Long before,
                                 @RequestParam(defaultValue = "50") int size) {
        return materials.search(actor, q, before, size);
    }

    @GetMapping("/api/v1/materials/{materialId}")
    MaterialView material(Actor actor, @PathVariable long materialId) {
        return materials.get(actor, materialId);
    }

    @PostMapping("/api/v1/materials")
    ResponseEntity<MaterialView> addMaterial(Actor actor, @Valid @RequestBody MaterialDraft draft) {
        MaterialView created = materials.add(actor, draft);
        AuditTarget.name(Materials.ENTITY, created.id());
        return ResponseEntity.created(URI.create("/api/v1/materials/" + created.id())).body(created);
    }
}
