package com.carenext.volunteer;

import com.carenext.shared.Actor;
import com.carenext.shared.Paged;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Recruitment applications as JSON, for the managers who decide them (the sign-up itself is the page /join). */
@RestController
@RequestMapping("/api/v1/volunteer-applications")
@Tag(name = "五老招募", description = "公开报名（页面 /join，无需登录，按来源地址限流）后由所在组织负责人审核")
class RecruitmentApi {

    private final Recruitment recruitment;

    RecruitmentApi(Recruitment recruitment) {
        this.recruitment = recruitment;
    }

    record Decision(Long version, @Size(max = 500) String reason) {
    }

    @GetMapping
    @Operation(summary = "待审核的报名（先到先列，每页 50 条，page 从 0 起，total 为总条数）")
    Paged<ApplicationView> pending(Actor actor, @RequestParam(required = false) Integer page) {
        return recruitment.pending(actor, Paged.page(page));
    }

    @GetMapping("/{applicationId}")
    ApplicationView get(Actor actor, @PathVariable long applicationId) {
        return recruitment.get(actor, applicationId);
    }

    @PostMapping("/{applicationId}/approve")
    @Operation(summary = "通过：登记为五老（只会登记一次）")
    ApplicationView approve(Actor actor, @PathVariable long applicationId,
                            @RequestBody(required = false) Decision decision) {
        return recruitment.approve(actor, applicationId, decision == null ? null : decision.version());
    }

    @PostMapping("/{applicationId}/decline")
    @Operation(summary = "不通过（须写明原因 reason）")
    ApplicationView decline(Actor actor, @PathVariable long applicationId, @Valid @RequestBody Decision decision) {
        return recruitment.decline(actor, applicationId, decision.reason(), decision.version());
    }
}
