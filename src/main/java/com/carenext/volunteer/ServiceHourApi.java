package com.carenext.volunteer;

import java.time.Clock;
import com.carenext.shared.Actor;
import com.carenext.shared.Paged;
import com.carenext.shared.AuditTarget;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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

/** Service hours as JSON: a volunteer logs their own; a manager reviews those of the own subtree. */
@RestController
@RequestMapping("/api/v1/service-hours")
@Tag(name = "服务时长", description = "五老本人登记服务时长，所在组织负责人审核通过或退回")
class ServiceHourApi {

    private final ServiceHours hours;

    private final Clock clock;


    ServiceHourApi(ServiceHours hours, Clock clock) {

        this.clock = clock;
        this.hours = hours;
    }

    record Review(Long version, @Size(max = 300) String reason) {
    }

    @GetMapping("/mine")
    @Operation(summary = "本人的服务时长记录（五老账号），最近的 100 条；总条数在 X-Total-Count")
    org.springframework.http.ResponseEntity<List<HoursEntry>> mine(Actor actor) {
        return org.springframework.http.ResponseEntity.ok().header("X-Total-Count", String.valueOf(hours.mineCount(actor)))
                .body(hours.mine(actor));
    }

    @GetMapping("/pending")
    @Operation(summary = "待审核的记录（按 id 升序，after=上一页最后一条的 id）")
    List<HoursEntry> pending(Actor actor, @RequestParam(defaultValue = "0") long after,
                             @RequestParam(defaultValue = "50") int size) {
        return hours.pending(actor, after, size);
    }

    @GetMapping("/totals")
    @Operation(summary = "年度已审核时长合计：by=person 按人，by=organization 按组织；每页 50 条，page 从 0 起，total 为总条数")
    Paged<HoursTotal> totals(Actor actor, @RequestParam(required = false) Integer year,
                             @RequestParam(defaultValue = "person") String by,
                             @RequestParam(required = false) Integer page) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        return "organization".equals(by) ? hours.totalsByOrganization(actor, shown, Paged.page(page))
                : hours.totalsByPerson(actor, shown, Paged.page(page));
    }

    @PostMapping
    @Operation(summary = "登记本人的服务时长；Idempotency-Key（手机生成的记录编号）相同的重复提交只记一次")
    ResponseEntity<HoursEntry> log(Actor actor, @Valid @RequestBody HoursDraft draft,
                                   @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        HoursEntry entry = hours.log(actor, draft, key);
        AuditTarget.name(ServiceHours.ENTITY, entry.id());
        return ResponseEntity.created(URI.create("/api/v1/service-hours/" + entry.id())).body(entry);
    }

    @PostMapping("/{hourId}/approve")
    HoursEntry approve(Actor actor, @PathVariable long hourId, @RequestBody(required = false) Review review) {
        return hours.approve(actor, hourId, review == null ? null : review.version());
    }

    @PostMapping("/{hourId}/return")
    @Operation(summary = "退回（须写明原因 reason）")
    HoursEntry giveBack(Actor actor, @PathVariable long hourId, @Valid @RequestBody Review review) {
        return hours.giveBack(actor, hourId, review.reason(), review.version());
    }
}
