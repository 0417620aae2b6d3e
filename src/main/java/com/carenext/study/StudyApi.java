package com.carenext.study;

import java.time.Clock;
import com.carenext.shared.Actor;
import com.carenext.shared.Paged;
import com.carenext.shared.AuditTarget;
import com.carenext.volunteer.VolunteerSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Study sessions, attendance and notes as JSON, with the same services and scope as the pages. */
@RestController
@RequestMapping("/api/v1/study-sessions")
@Tag(name = "学习培训", description = "理论学习与培训：场次、点名与扫码/签到码签到、学习心得、参学统计")
class StudyApi {

    private final StudySessions study;
    private final StudyStatistics statistics;

    private final Clock clock;


    StudyApi(StudySessions study, StudyStatistics statistics, Clock clock) {
        this.statistics = statistics;

        this.clock = clock;
        this.study = study;
    }

    record RollCall(@NotNull List<Long> volunteerIds) {
    }

    /** happenedAt: when the phone checked in (ms since the epoch), if it was sent later from the offline queue. */
    record CheckIn(@NotBlank @Size(max = 8) String code, Long happenedAt) {
    }

    record Note(@NotBlank @Size(max = 2000) String body) {
    }

    @GetMapping
    @Operation(summary = "可见的场次（按 id 倒序，before=上一页最后一条的 id）")
    List<SessionView> list(Actor actor, @RequestParam(required = false) Long before,
                           @RequestParam(defaultValue = "50") int size) {
        return study.page(actor, before, size);
    }

    @PostMapping
    ResponseEntity<SessionView> create(Actor actor, @Valid @RequestBody SessionDraft draft) {
        SessionView created = study.plan(actor, draft);
        AuditTarget.name(StudySessions.ENTITY, created.id());
        return ResponseEntity.created(URI.create("/api/v1/study-sessions/" + created.id())).body(created);
    }

    @GetMapping("/{sessionId}")
    SessionView get(Actor actor, @PathVariable long sessionId) {
        return study.get(actor, sessionId);
    }

    @GetMapping("/{sessionId}/attendance")
    List<AttendanceView> attendance(Actor actor, @PathVariable long sessionId) {
        return study.attendance(actor, sessionId);
    }

    @PostMapping("/{sessionId}/attendance")
    @Operation(summary = "组织者点名：登记到场的五老（已到场者跳过），返回新增人数")
    int rollCall(Actor actor, @PathVariable long sessionId, @Valid @RequestBody RollCall rollCall) {
        return study.rollCall(actor, sessionId, rollCall.volunteerIds());
    }

    @PostMapping("/check-in")
    @Operation(summary = "五老本人用签到码签到（仅在签到时段内，不可重复）")
    SessionView checkIn(Actor actor, @Valid @RequestBody CheckIn checkIn,
                        @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        SessionView session = study.checkIn(actor, checkIn.code(), key, checkIn.happenedAt());
        AuditTarget.name(StudySessions.ENTITY, session.id());
        return session;
    }

    @GetMapping("/{sessionId}/notes")
    List<NoteView> notes(Actor actor, @PathVariable long sessionId) {
        return study.notes(actor, sessionId);
    }

    @PostMapping("/{sessionId}/notes")
    @Operation(summary = "参学人写（或改写）学习心得")
    NoteView writeNote(Actor actor, @PathVariable long sessionId, @Valid @RequestBody Note note) {
        return study.writeNote(actor, sessionId, note.body());
    }

    @GetMapping("/figures/people")
    @Operation(summary = "按人：本年参学次数、学时、参学率；分页（page 从 0 起，每页 100 人），total 为总人数")
    Paged<StudyFigures> perPerson(Actor actor, @RequestParam(required = false) Integer year,
                                                      @RequestParam(required = false) Integer page) {
        return statistics.perPerson(actor, year == null ? LocalDate.now(clock).getYear() : year,
                Paged.page(page));
    }

    @GetMapping("/figures/organizations")
    @Operation(summary = "按组织：本年参学人次、学时、参学率（参学人数/在册五老）；参学人次多的在前，分页（page 从 0 起，每页 50 个单位），total 为单位总数")
    Paged<StudyFigures> perOrganization(Actor actor, @RequestParam(required = false) Integer year,
                                        @RequestParam(required = false) Integer page) {
        return statistics.perOrganization(actor, year == null ? LocalDate.now(clock).getYear() : year,
                Paged.page(page));
    }

    @GetMapping("/without-study")
    @Operation(summary = "本季度（或指定年度、季度）没有参加学习的在册五老，按编号每页 100 人（after = 上页最后一人的编号）；总人数在 X-Total-Count")
    ResponseEntity<List<VolunteerSummary>> withoutStudy(Actor actor, @RequestParam(required = false) Integer year,
                                                        @RequestParam(required = false) Integer quarter,
                                                        @RequestParam(required = false) Long after) {
        LocalDate today = LocalDate.now(clock);
        int shownYear = year == null ? today.getYear() : year;
        int shownQuarter = quarter == null ? (today.getMonthValue() - 1) / 3 + 1 : quarter;
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(statistics.withoutStudyCount(actor, shownYear, shownQuarter)))
                .body(statistics.withoutStudy(actor, shownYear, shownQuarter, after));
    }
}
