package com.carenext.security;

import com.carenext.shared.Sealed;
import com.carenext.shared.Role;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * An account. Login counters (failures, lock, last login) are not part of the aggregate: they change on every
 * login attempt and are written by {@link LoginAttempts} alone, so an admin's edit never overwrites them.
 */
class AppUser {

    @Id
    private Long id;
    private String username;
    private String displayName;
    private String passwordHash;
    private long organizationId;
    private String organizationPath;
    @Sealed(hash = "phoneHash")
    private String phone;
    private String phoneHash;
    private boolean enabled;
    private Instant passwordChangedAt;
    private boolean mustChangePassword;
    @MappedCollection
    private Set<UserRole> roles = new HashSet<>();
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    AppUser() {
    }

    static AppUser create(String username, String displayName, long organizationId, String organizationPath,
                          Set<Role> roles, String passwordHash, boolean mustChangePassword, Instant now) {
        AppUser user = new AppUser();
        user.username = username;
        user.displayName = displayName;
        user.organizationId = organizationId;
        user.organizationPath = organizationPath;
        user.roles = roles.stream().map(UserRole::new).collect(Collectors.toSet());
        user.passwordHash = passwordHash;
        user.mustChangePassword = mustChangePassword;
        user.passwordChangedAt = now;
        user.enabled = true;
        user.createdAt = now;
        user.updatedAt = now;
        return user;
    }

    void describe(String displayName, String phone, long organizationId, String organizationPath, Set<Role> roles,
                  boolean enabled, Instant now) {
        this.displayName = displayName;
        this.phone = phone;
        this.organizationId = organizationId;
        this.organizationPath = organizationPath;
        this.roles = roles.stream().map(UserRole::new).collect(Collectors.toSet());
        this.enabled = enabled;
        this.updatedAt = now;
    }

    void keepRoles(Set<Role> roles, Instant now) {
        this.roles = roles.stream().map(UserRole::new).collect(Collectors.toSet());
        this.updatedAt = now;
    }

    void changePassword(String passwordHash, boolean mustChangePassword, Instant now) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.passwordChangedAt = now;
        this.updatedAt = now;
    }

    Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(role -> set.add(role.role()));
        return set;
    }

    UserView view() {
        return new UserView(id, username, displayName, organizationId, organizationPath, phone, enabled,
                mustChangePassword, roleSet(), version);
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    String getOrganizationPath() {
        return organizationPath;
    }

    Long getVersion() {
        return version;
    }
}
