package com.carenext.audit;

import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail as JSON, for auditors' exports and integrations: the page's filters, keyset pages. Auditors only,
 * checked on the actor (as on the page, without a per-request security expression).
 */
@RestController
@RequestMapping("/api/v1/audit-events")
@Tag(name = "审计日志", description = "审计日志查询与防篡改校验（仅审计员）")
class AuditApi {

    private final AuditLog trail;

    AuditApi(AuditLog trail) {
        this.trail = trail;
    }

    /** One page, newest first; {@code next} is the cursor of the following page, null on the last. */
    record Page(List<AuditEvent> events, String next) {
    }

    @GetMapping
    @Operation(summary = "审计记录，按时间倒序，游标分页（next 传回 before）；username、action、targetType、targetId、outcome 精确匹配，"
            + "path 为包含匹配，from/to 为日期（办公地时区）")
    Page list(Actor actor, @ParameterObject AuditFilter filter,
              @Parameter(description = "上一页返回的 next") @RequestParam(required = false) String before,
              @RequestParam(defaultValue = "100") int size) {
        actor.require(Role.AUDITOR);
        int limit = Math.max(1, Math.min(size, 500));
        List<AuditEvent> events = trail.page(actor, filter, AuditCursor.parse(before), limit + 1);
        boolean more = events.size() > limit;
        List<AuditEvent> shown = more ? events.subList(0, limit) : events;
        return new Page(shown, more ? AuditCursor.after(shown.get(shown.size() - 1)).toString() : null);
    }
}
