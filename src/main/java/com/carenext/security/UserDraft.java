package com.carenext.security;

import com.carenext.shared.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * An account as a security admin enters it. {@code password} is optional when creating: left empty, a one-time
 * password is generated and shown once. {@code version} is the version seen when editing.
 */
public record UserDraft(
        @NotBlank @Pattern(regexp = "^[A-Za-z0-9_.\\-]{3,60}$", message = "{validation.username}") String username,
        @NotBlank @Size(max = 100) String displayName,
        @NotNull Long organizationId,
        @Pattern(regexp = "^$|^[0-9+\\- ]{5,20}$", message = "{validation.phone}") String phone,
        @NotEmpty Set<Role> roles,
        boolean enabled,
        @Size(max = 128) String password,
        Long version) {

    public UserDraft {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
