package com.carenext.security;

import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Personal access tokens as JSON: made (shown once), listed and revoked; every change is audited. */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "访问令牌", description = "个人访问令牌：创建后只显示一次，接口调用时以 Authorization: Bearer 令牌 认证")
class TokenApi {

    private final ApiTokens tokens;

    TokenApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** {@code userId}: a device account in a security admin's subtree; empty for the own account. */
    record TokenRequest(@NotBlank @Size(max = 100) String name, @NotNull LocalDate expiresOn, Long userId) {
    }

    @PostMapping
    @Operation(summary = "创建访问令牌（token 只在此返回一次）；安全管理员可为本级设备账号（userId）创建")
    ResponseEntity<ApiTokens.CreatedToken> create(Actor actor, @Valid @RequestBody TokenRequest request) {
        ApiTokens.CreatedToken created = tokens.create(actor, request.userId(), request.name(), request.expiresOn());
        AuditTarget.name(ApiTokens.ENTITY, created.id());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(summary = "本人的访问令牌；安全管理员可查看本级账号（userId）的令牌")
    List<ApiTokens.TokenView> list(Actor actor, @RequestParam(required = false) Long userId) {
        return tokens.list(actor, userId);
    }

    @DeleteMapping("/{tokenId}")
    @Operation(summary = "吊销访问令牌")
    ResponseEntity<Void> revoke(Actor actor, @PathVariable long tokenId) {
        AuditTarget.name(ApiTokens.ENTITY, tokenId);
        tokens.revoke(actor, tokenId);
        return ResponseEntity.noContent().build();
    }
}
