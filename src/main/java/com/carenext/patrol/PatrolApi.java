package com.carenext.patrol;

import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Paged;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Water bodies, patrols and hazards as JSON, through the same service and scope as the pages. Photos are sent
 * with the page's check-out form (multipart); the API reads them back.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "防溺水巡逻", description = "水域台账、安全设施、排班、巡逻签到/签退、隐患整改、覆盖情况与提醒")
class PatrolApi {

    private final WaterBodies waterBodies;
    private final Seasons seasons;
    private final Rota rota;
    private final PatrolLog patrolLog;
    private final PatrolSync patrolSync;
    private final Hazards hazards;
    private final CoverageReport coverageReport;
    private final Alerts alerts;
    private final Clock clock;

    PatrolApi(WaterBodies waterBodies, Seasons seasons, Rota rota, PatrolLog patrolLog, PatrolSync patrolSync,
              Hazards hazards, CoverageReport coverageReport, Alerts alerts, Clock clock) {
        this.clock = clock;
        this.waterBodies = waterBodies;
        this.seasons = seasons;
        this.rota = rota;
        this.patrolLog = patrolLog;
        this.patrolSync = patrolSync;
        this.hazards = hazards;
        this.coverageReport = coverageReport;
        this.alerts = alerts;
    }

    record Shift(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @NotNull List<Long> volunteerIds) {
    }

    record KitUpdate(@NotNull KitItem item, @NotNull KitState state, LocalDate checkedOn) {
    }

    /** happenedAt: when the phone checked in (ms since the epoch), if sent later from its offline queue. */
    record CheckIn(@NotNull Long waterBodyId, BigDecimal latitude, BigDecimal longitude, Long happenedAt) {
    }

    record Closing(@NotNull @Size(min = 1, max = 1000) String resolution, Long version) {
    }

    @GetMapping("/water-bodies")
    @Operation(summary = "可见范围内的水域，按组织和名称；分页（page 从 0 起，每页 100 个），total 为总数")
    Paged<WaterBodyView> waterBodies(Actor actor, @RequestParam(required = false) Integer page) {
        return waterBodies.list(actor, Paged.page(page));
    }

    @PostMapping("/water-bodies")
    ResponseEntity<WaterBodyView> register(Actor actor, @Valid @RequestBody WaterBodyDraft draft) {
        WaterBodyView created = waterBodies.register(actor, draft);
        AuditTarget.name(PatrolAccess.WATER_BODY, created.id());
        return ResponseEntity.created(URI.create("/api/v1/water-bodies/" + created.id())).body(created);
    }

    @GetMapping("/water-bodies/{waterBodyId}")
    WaterBodyView waterBody(Actor actor, @PathVariable long waterBodyId) {
        return waterBodies.get(actor, waterBodyId);
    }

    @PutMapping("/water-bodies/{waterBodyId}")
    @Operation(summary = "修改水域（带 version，并发修改返回 409）")
    WaterBodyView update(Actor actor, @PathVariable long waterBodyId, @Valid @RequestBody WaterBodyDraft draft) {
        return waterBodies.update(actor, waterBodyId, draft);
    }

    @GetMapping("/water-bodies/{waterBodyId}/kit")
    List<KitCheck> kit(Actor actor, @PathVariable long waterBodyId) {
        return waterBodies.kit(actor, waterBodyId);
    }

    @PostMapping("/water-bodies/{waterBodyId}/kit")
    @Operation(summary = "登记一项安全设施的检查结果")
    List<KitCheck> checkKit(Actor actor, @PathVariable long waterBodyId, @Valid @RequestBody KitUpdate update) {
        return waterBodies.checkKit(actor, waterBodyId, update.item(), update.state(), update.checkedOn());
    }

    @PostMapping("/water-bodies/{waterBodyId}/shifts")
    @Operation(summary = "排班：某日安排五老巡逻该水域（红色水域至少两人，只限适合户外巡逻的五老）")
    ShiftView assign(Actor actor, @PathVariable long waterBodyId, @Valid @RequestBody Shift shift) {
        return rota.assign(actor, waterBodyId, shift.day(), shift.volunteerIds());
    }

    @GetMapping("/patrols")
    @Operation(summary = "巡逻记录（五老只看本人），按 id 倒序，before=上一页最后一条的 id")
    List<PatrolView> list(Actor actor, @RequestParam(required = false) Long before,
                          @RequestParam(defaultValue = "50") int size) {
        return patrolLog.patrols(actor, null, before, size);
    }

    @PostMapping("/patrols")
    @Operation(summary = "五老在水域签到（可带位置）；同一时间只能有一次未签退的巡逻")
    ResponseEntity<PatrolView> checkIn(Actor actor, @Valid @RequestBody CheckIn checkIn,
                                       @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        PatrolView patrol = patrolSync.checkIn(actor, checkIn.waterBodyId(), checkIn.latitude(), checkIn.longitude(),
                key, checkIn.happenedAt());
        AuditTarget.name(PatrolAccess.PATROL, patrol.id());
        return ResponseEntity.created(URI.create("/api/v1/patrols/" + patrol.id())).body(patrol);
    }

    @GetMapping("/patrols/{patrolId}")
    PatrolView patrol(Actor actor, @PathVariable long patrolId) {
        return patrolLog.get(actor, patrolId);
    }

    @PostMapping("/patrols/{patrolId}/check-out")
    @Operation(summary = "签退：劝离人数（只记人数）、隐患、设施问题、备注；重复签退返回 422")
    PatrolView checkOut(Actor actor, @PathVariable long patrolId, @Valid @RequestBody CheckOut checkOut,
                        @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return patrolSync.checkOut(actor, patrolId, null, checkOut, List.of(), key, null);
    }

    /** A check-out kept on the phone while offline names its check-in by the check-in's Idempotency-Key. */
    record QueuedCheckOut(@NotNull @Size(max = 64) String checkInKey, Long happenedAt, @NotNull @Valid CheckOut checkOut) {
    }

    @PostMapping("/patrols/check-out")
    @Operation(summary = "离线签退：按签到时的 Idempotency-Key 找到巡逻；同一 Idempotency-Key 重复提交只记一次；"
            + "巡逻已被结束时返回 422 并说明原因")
    PatrolView checkOutQueued(Actor actor, @Valid @RequestBody QueuedCheckOut queued,
                              @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return patrolSync.checkOut(actor, null, queued.checkInKey(), queued.checkOut(), List.of(), key,
                queued.happenedAt());
    }

    @GetMapping("/patrols/mine/shifts")
    @Operation(summary = "本人今后的排班")
    List<ShiftView> myShifts(Actor actor) {
        return rota.myShifts(actor);
    }

    @GetMapping("/patrols/rota")
    List<ShiftView> rota(Actor actor, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return rota.rota(actor, from, to);
    }

    @GetMapping("/patrols/coverage")
    @Operation(summary = "覆盖情况：期间内每个水域应巡/已巡次数与缺口（按天或按周）；organizationId：只看下属某一组织的水域"
            + "（默认本组织全部，旗县及以上数据量大，先用 /patrols/coverage/by-organization）")
    List<Coverage.Line> coverage(Actor actor, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @RequestParam(required = false) Long organizationId) {
        return coverageReport.coverage(actor, organizationId, from, to);
    }

    @GetMapping("/patrols/coverage/by-organization")
    @Operation(summary = "覆盖情况汇总（同旗县及以上的覆盖情况页面）：本组织或 organizationId 所指下属组织的每个直属下级组织一行，"
            + "本组织自管的水域另一行：水域数 bodies、达到要求的 covered")
    List<CoverageReport.OrganizationLine> coverageByOrganization(Actor actor,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long organizationId) {
        return coverageReport.byOrganization(actor, organizationId, from, to);
    }

    @GetMapping("/patrols/alerts")
    @Operation(summary = "提醒：超时未签退的巡逻（签到最早的在前，分页：page 从 0 起，每页 50 条，total 为总数）、"
            + "未销号隐患的数目（清单见 /api/v1/hazards）、本周未达要求的水域")
    PatrolAlerts alerts(Actor actor, @RequestParam(required = false) Integer page) {
        return alerts.alerts(actor, com.carenext.shared.Paged.page(page));
    }

    @GetMapping("/patrols/season")
    Season season(Actor actor, @RequestParam(required = false) Integer year) {
        return seasons.season(actor, year == null ? LocalDate.now(clock).getYear() : year);
    }

    @GetMapping("/hazards")
    @Operation(summary = "隐患（open=true 只看未销号）")
    List<HazardView> hazards(Actor actor, @RequestParam(defaultValue = "true") boolean open,
                             @RequestParam(required = false) Long before, @RequestParam(defaultValue = "50") int size) {
        return hazards.hazards(actor, open, before, size);
    }

    @GetMapping("/hazards/{hazardId}")
    HazardView hazard(Actor actor, @PathVariable long hazardId) {
        return hazards.hazard(actor, hazardId);
    }

    @GetMapping("/hazards/{hazardId}/photo")
    @Operation(summary = "隐患照片（JPEG，已去除 EXIF）")
    ResponseEntity<byte[]> photo(Actor actor, @PathVariable long hazardId) {
        return PatrolPages.image(hazards.photo(actor, hazardId, false)
                .orElseThrow(() -> new NotFoundException(PatrolAccess.HAZARD, hazardId)));
    }

    @PostMapping("/hazards/{hazardId}/close")
    @Operation(summary = "隐患整改完成后销号")
    HazardView close(Actor actor, @PathVariable long hazardId, @Valid @RequestBody Closing closing) {
        return hazards.close(actor, hazardId, closing.resolution(), closing.version());
    }
}
