package com.carenext.volunteer;

import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Care visits as JSON. */
@RestController
@RequestMapping("/api/v1/care-visits")
@Tag(name = "关爱走访", description = "五老身心健康走访；默认每 90 天一次，80 岁以上每 30 天一次（可配置）")
class CareVisitApi {

    private final CareVisits visits;

    CareVisitApi(CareVisits visits) {
        this.visits = visits;
    }

    @GetMapping
    @Operation(summary = "某位五老的走访记录")
    List<CareVisitView> list(Actor actor, @RequestParam long volunteerId) {
        return visits.of(actor, volunteerId);
    }

    @PostMapping
    @Operation(summary = "登记一次走访（volunteerId 为查询参数）")
    ResponseEntity<CareVisitView> record(Actor actor, @RequestParam long volunteerId,
                                         @Valid @RequestBody VisitDraft draft) {
        CareVisitView visit = visits.record(actor, volunteerId, draft);
        AuditTarget.name(CareVisits.ENTITY, visit.id());
        return ResponseEntity.created(URI.create("/api/v1/care-visits?volunteerId=" + volunteerId)).body(visit);
    }

    @GetMapping("/due")
    @Operation(summary = "应走访与逾期名单（含未来 7 天内到期），每页 100 人，最逾期者在前；总人数在 X-Total-Count")
    ResponseEntity<List<DueVisit>> due(Actor actor, @RequestParam(defaultValue = "0") int page) {
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(visits.dueCount(actor)))
                .body(visits.due(actor, page));
    }
}
