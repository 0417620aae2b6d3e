package com.carenext.security;

import com.carenext.shared.Masking;
import com.carenext.shared.Role;
import java.util.Set;

/** An account as lists and the API show it; never carries the password hash. */
public record UserView(long id, String username, String displayName, long organizationId, String organizationPath,
                       String phone, boolean enabled, boolean mustChangePassword, Set<Role> roles, long version) {

    /** The same account with the phone masked, as the API gives it. */
    public UserView masked() {
        return new UserView(id, username, displayName, organizationId, organizationPath, maskedPhone(), enabled,
                mustChangePassword, roles, version);
    }

    public String maskedPhone() {
        return Masking.phone(phone);
    }
}
