package com.carenext.plan;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Notices and receipts as JSON, with the same services and scope as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "通知", description = "通知的发布、签收与催办")
class NoticeApi {

    private final Notices notices;

    NoticeApi(Notices notices) {
        this.notices = notices;
    }

    record Publication(Long version) {
    }

    record Reminder(Long organizationId) {
    }

    record Reminded(int reminded) {
    }

    @GetMapping("/notices/received")
    @Operation(summary = "本组织收到的通知（含签收状态与催办次数），新的在前，每页 50 条；before = 上页最后一条的编号")
    List<NoticeViews.NoticeSummary> received(Actor actor, @RequestParam(required = false) Long before) {
        return notices.received(actor, before);
    }

    @GetMapping("/notices/issued")
    @Operation(summary = "本范围内发出的通知（含已签收数），新的在前，每页 50 条；before = 上页最后一条的编号")
    List<NoticeViews.NoticeSummary> issued(Actor actor, @RequestParam(required = false) Long before) {
        return notices.issued(actor, before);
    }

    @PostMapping("/notices")
    ResponseEntity<NoticeViews.Notice> create(Actor actor, @Valid @RequestBody NoticeDraft draft) {
        long noticeId = notices.create(actor, draft);
        AuditTarget.name(Notices.ENTITY, noticeId);
        return ResponseEntity.created(URI.create("/api/v1/notices/" + noticeId)).body(notices.get(actor, noticeId));
    }

    @GetMapping("/notices/{noticeId}")
    NoticeViews.Notice get(Actor actor, @PathVariable long noticeId) {
        return notices.get(actor, noticeId);
    }

    @PostMapping("/notices/{noticeId}/publication")
    NoticeViews.Notice publish(Actor actor, @PathVariable long noticeId, @RequestBody(required = false) Publication body) {
        notices.publish(actor, noticeId, body == null ? null : body.version());
        return notices.get(actor, noticeId);
    }

    @PostMapping("/notices/{noticeId}/acknowledgement")
    @Operation(summary = "签收：本组织的用户签收通知")
    NoticeViews.Notice acknowledge(Actor actor, @PathVariable long noticeId) {
        notices.acknowledge(actor, noticeId);
        return notices.get(actor, noticeId);
    }

    @PostMapping("/notices/{noticeId}/reminders")
    @Operation(summary = "催办：提醒未签收的目标组织（organizationId 为空则提醒全部未签收者）")
    Reminded remind(Actor actor, @PathVariable long noticeId, @RequestBody(required = false) Reminder body) {
        return new Reminded(notices.remind(actor, noticeId, body == null ? null : body.organizationId()));
    }
}
