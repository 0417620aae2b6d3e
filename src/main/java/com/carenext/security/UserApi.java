package com.carenext.security;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts as JSON for the security admin; the one-time password of a new account is returned once. Phones are
 * masked (the account's own page shows them to the admin who edits it).
 */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "账号", description = "账号与角色（安全管理员）")
class UserApi {

    private final Accounts accounts;

    UserApi(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "账号列表，按 id 翻页：after=上一页最后一个 id")
    List<UserView> list(Actor actor, @RequestParam(required = false) String q,
                        @RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "50") int size) {
        return accounts.page(actor, q, after, size).stream().map(UserView::masked).toList();
    }

    @GetMapping("/{userId}")
    UserView get(Actor actor, @PathVariable long userId) {
        return accounts.get(actor, userId).masked();
    }

    @PostMapping
    ResponseEntity<CreatedAccount> create(Actor actor, @Valid @RequestBody UserDraft draft) {
        CreatedAccount created = accounts.create(actor, draft);
        AuditTarget.name(Accounts.ENTITY, created.user().id());
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.user().id()))
                .body(new CreatedAccount(created.user().masked(), created.oneTimePassword()));
    }

    @PutMapping("/{userId}")
    UserView update(Actor actor, @PathVariable long userId, @Valid @RequestBody UserDraft draft) {
        return accounts.update(actor, userId, draft).masked();
    }
}
