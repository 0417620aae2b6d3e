package com.carenext.audit;

import com.carenext.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The auditor's check of the hash chain: a page, and the same answer as JSON for scripts and monitoring. */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
@Tag(name = "审计日志", description = "审计日志查询与防篡改校验（仅审计员）")
class AuditChainPages {

    private final AuditChain chain;

    AuditChainPages(AuditChain chain) {
        this.chain = chain;
    }

    @GetMapping("/audit/verification")
    String page(Actor actor, Model model) {
        model.addAttribute("verification", chain.verify(actor));
        return "audit/verification";
    }

    @GetMapping("/api/v1/audit-events/verification")
    @ResponseBody
    @Operation(summary = "校验审计日志哈希链：完整，或从哪一条起断开（brokenAtId、brokenAtSeq、problem）")
    AuditChainVerification verification(Actor actor) {
        return chain.verify(actor);
    }
}
