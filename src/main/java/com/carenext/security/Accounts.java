package com.carenext.security;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import com.carenext.shared.StaleEditException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: kept by a {@link Role#SECURITY_ADMIN} within the admin's own subtree, and each user's own password.
 * 三员分立: a separated duty (系统管理员, 安全管理员, 审计员) is held alone, without another duty or a business role.
 */
@Service
@Transactional
public class Accounts {

    static final String ENTITY = "User";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final Organizations organizations;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final LoginAttempts loginAttempts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration maxAge;
    private final RecentAccounts recent;

    Accounts(UserRepository users, Organizations organizations, PasswordEncoder encoder, PasswordPolicy policy,
             LoginAttempts loginAttempts, JdbcClient jdbc, Clock clock, SecuritySettings settings,
             RecentAccounts recent) {
        this.recent = recent;
        this.maxAge = settings.password().maxAge();
        this.users = users;
        this.organizations = organizations;
        this.encoder = encoder;
        this.policy = policy;
        this.loginAttempts = loginAttempts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A page of accounts in the admin's subtree, after the id {@code afterId}, matching {@code text}. */
    @Transactional(readOnly = true)
    public List<UserView> page(Actor actor, String text, long afterId, int size) {
        actor.require(Role.SECURITY_ADMIN);
        String needle = text == null ? "" : text.strip().toLowerCase().replace("%", "").replace("_", "");
        return users.page(actor.scopePattern(), afterId, needle, "%" + needle + "%", Math.max(1, Math.min(size, 200)))
                .stream().map(AppUser::view).toList();
    }

    /**
     * Whether {@code userId} is an existing account inside the actor's organization subtree: the check another module
     * makes before it links one of its records (a correspondent, a volunteer) to an account. Needs no role of the
     * security module; the caller's own module has checked what the actor may do.
     */
    @Transactional(readOnly = true)
    public boolean reaches(Actor actor, long userId) {
        return users.findById(userId).filter(user -> actor.reaches(user.getOrganizationPath())).isPresent();
    }

    @Transactional(readOnly = true)
    public UserView get(Actor actor, long id) {
        actor.require(Role.SECURITY_ADMIN);
        return visible(actor, id).view();
    }

    /**
     * A new account with a generated one-time password, shown once and to be changed at the first sign-in: the
     * admin never chooses a password that stays.
     */
    public CreatedAccount create(Actor actor, UserDraft draft) {
        actor.require(Role.SECURITY_ADMIN);
        // Scope first: an organization out of reach is answered as unknown, whatever else the draft holds.
        OrganizationSummary organization = organizations.get(actor, draft.organizationId());
        if (draft.password() != null && !draft.password().isBlank()) {
            throw new BusinessRuleException("user.passwordChosen");
        }
        return insert(draft, organization);
    }

    /** Creates an account without an acting admin: the first admin on first start, and demo accounts. */
    public CreatedAccount bootstrap(UserDraft draft) {
        OrganizationSummary organization = organizations.byId(draft.organizationId())
                .orElseThrow(() -> new NotFoundException("Organization", draft.organizationId()));
        return insert(draft, organization);
    }

    /** An account by its user name, without scope: for start-up checks and tests. */
    @Transactional(readOnly = true)
    public java.util.Optional<UserView> byUsername(String username) {
        return users.findByUsername(username).map(AppUser::view);
    }

    /**
     * Takes the business roles away from an account that also holds a separated duty (accounts made before the
     * 三员分立 rule was enforced); returns the roles taken.
     */
    Set<Role> separateDuties(String username) {
        AppUser user = users.findByUsername(username).orElseThrow(() -> new NotFoundException(ENTITY, username));
        Set<Role> roles = user.roleSet();
        if (roles.stream().noneMatch(Role::isSeparatedDuty)) {
            return Set.of();
        }
        Set<Role> business = roles.stream().filter(role -> !role.isSeparatedDuty()).collect(Collectors.toSet());
        if (!business.isEmpty()) {
            roles.removeAll(business);
            user.keepRoles(roles, clock.instant());
            users.save(user);
        }
        return business;
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.existsByUsername(username);
    }

    private CreatedAccount insert(UserDraft draft, OrganizationSummary organization) {
        checkSeparatedDuties(draft.roles());
        if (users.existsByUsername(draft.username())) {
            throw new BusinessRuleException("user.usernameTaken", draft.username());
        }
        boolean generated = draft.password() == null || draft.password().isBlank();
        String password = generated ? oneTimePassword() : draft.password();
        if (!generated) {
            policy.check(draft.username(), password);
        }
        AppUser user = AppUser.create(draft.username(), draft.displayName().strip(), organization.id(),
                organization.path(), draft.roles(), encoder.encode(password), generated, clock.instant());
        user.describe(draft.displayName().strip(), blankToNull(draft.phone()), organization.id(), organization.path(),
                draft.roles(), true, clock.instant());
        return new CreatedAccount(users.save(user).view(), generated ? password : null);
    }

    public UserView update(Actor actor, long id, UserDraft draft) {
        actor.require(Role.SECURITY_ADMIN);
        AppUser user = editable(actor, id, draft.version());
        if (user.getId() == actor.userId()) {
            throw new BusinessRuleException("user.selfEdit");
        }
        checkSeparatedDuties(draft.roles());
        OrganizationSummary organization = organizations.get(actor, draft.organizationId());
        user.describe(draft.displayName().strip(), blankToNull(draft.phone()), organization.id(), organization.path(),
                draft.roles(), draft.enabled(), clock.instant());
        UserView saved = users.save(user).view();
        recent.forget(id);
        return saved;
    }

    /** Gives the account a new one-time password, returned once; the user must change it at next login. */
    public String resetPassword(Actor actor, long id, Long seenVersion) {
        actor.require(Role.SECURITY_ADMIN);
        AppUser user = editable(actor, id, seenVersion);
        String password = oneTimePassword();
        user.changePassword(encoder.encode(password), true, clock.instant());
        users.save(user);
        recent.forget(id);
        loginAttempts.unlock(id);
        return password;
    }

    public void unlock(Actor actor, long id) {
        actor.require(Role.SECURITY_ADMIN);
        visible(actor, id);
        loginAttempts.unlock(id);
    }

    /** The signed-in user changes the own password, proving the current one. */
    public void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
        AppUser user = users.findById(actor.userId()).orElseThrow(() -> new NotFoundException(ENTITY, actor.userId()));
        if (currentPassword == null || !encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new BusinessRuleException("password.currentWrong");
        }
        if (encoder.matches(newPassword, user.getPasswordHash())) {
            throw new BusinessRuleException("password.unchanged");
        }
        policy.check(user.getUsername(), newPassword);
        user.changePassword(encoder.encode(newPassword), false, clock.instant());
        users.save(user);
    }

    /**
     * Whether the user must set a new password before anything else: a one-time password, or (等保 mode) an old one.
     * Asked on every request: one query, no transaction (the class's default would open one on every request, even
     * when the answer is remembered), and "not due" is kept for {@link RecentAccounts#FRESH}.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public boolean mustChangePassword(long userId) {
        return recent.mustChangePassword(userId, () -> {
            PasswordState state = passwordState(userId);
            return state.oneTime() || state.expired();
        });
    }

    /** The 等保 maximum password age in days, or null when passwords do not expire. */
    Long passwordMaxAgeDays() {
        return maxAge == null ? null : maxAge.toDays();
    }

    record PasswordState(boolean oneTime, boolean expired) {
    }

    @Transactional(readOnly = true)
    PasswordState passwordState(long userId) {
        return jdbc.sql("SELECT must_change_password, password_changed_at FROM app_user WHERE id = :id")
                .param("id", userId)
                .query((rs, n) -> new PasswordState(rs.getBoolean(1), maxAge != null && (rs.getTimestamp(2) == null
                        || rs.getTimestamp(2).toInstant().plus(maxAge).isBefore(clock.instant()))))
                .optional().orElse(new PasswordState(false, false));
    }

    /** 三员分立: a separated duty (系统管理员, 安全管理员, 审计员) is held alone, with no second duty and no business role. */
    private static void checkSeparatedDuties(Set<Role> roles) {
        if (roles.stream().anyMatch(Role::isSeparatedDuty) && roles.size() > 1) {
            throw new BusinessRuleException("user.separatedDuties");
        }
    }

    private AppUser visible(Actor actor, long id) {
        return users.findById(id)
                .filter(user -> actor.reaches(user.getOrganizationPath()))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private AppUser editable(Actor actor, long id, Long seenVersion) {
        AppUser user = visible(actor, id);
        StaleEditException.requireSeen(ENTITY, id, seenVersion, user.getVersion());
        return user;
    }

    private static String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        // Guarantees three kinds whatever the draw: an upper, a lower and a digit.
        return password.append("Kq7").toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
