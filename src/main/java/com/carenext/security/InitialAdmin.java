package com.carenext.security;

import com.carenext.organization.OrganizationType;
import com.carenext.organization.Organizations;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Role;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import com.carenext.shared.StartupTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start, creates the two accounts a new deployment needs, separately (三员分立):
 * <ul>
 *   <li>{@code admin}, 安全管理员 (SECURITY_ADMIN only) of the top organization: keeps accounts and roles;</li>
 *   <li>{@code office}, 关工委干事 (TOWN_ADMIN) of the top organization: does the committee's work.</li>
 * </ul>
 * Their passwords come from {@code CARENEXT_ADMIN_PASSWORD} and {@code CARENEXT_OFFICE_PASSWORD}, or are generated,
 * printed once to the console and must be changed at first sign-in. There is no default password. It runs as a
 * {@link StartupTask}, before the web server answers; configured passwords were checked before any migration
 * ({@link ConfiguredPasswords}). A database whose
 * {@code admin} still holds business roles (made before the rule) has them moved to {@code office}.
 */
@Component
@Order(InitialAdmin.ORDER)
class InitialAdmin implements StartupTask {

    static final int ORDER = 100;
    static final String USERNAME = "admin";
    static final String OFFICE = "office";
    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final Accounts accounts;
    private final Organizations organizations;
    private final String adminPassword;
    private final String officePassword;
    private final String rootName;

    InitialAdmin(Accounts accounts, Organizations organizations,
                 @Value("${carenext.admin.password:}") String adminPassword,
                 @Value("${carenext.office.password:}") String officePassword,
                 @Value("${carenext.root-organization.name:关心下一代工作委员会}") String rootName) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.adminPassword = adminPassword;
        this.officePassword = officePassword;
        this.rootName = rootName;
    }

    @Override
    @Transactional
    public void run() {
        if (accounts.exists(USERNAME)) {
            if (!accounts.separateDuties(USERNAME).isEmpty()) {
                long rootId = accounts.byUsername(USERNAME).orElseThrow().organizationId();
                createOffice(rootId);
            }
            return;
        }
        long rootId = organizations.topLevel().stream().findFirst()
                .orElseGet(() -> organizations.createRoot(rootName, OrganizationType.TOWN_COMMITTEE)).id();
        CreatedAccount admin = create(USERNAME, "安全管理员", rootId, Role.SECURITY_ADMIN, adminPassword,
                "CARENEXT_ADMIN_PASSWORD");
        announce(admin, "安全管理员");
        createOffice(rootId);
    }

    private void createOffice(long rootId) {
        if (accounts.exists(OFFICE)) {
            return;
        }
        announce(create(OFFICE, "关工委干事", rootId, Role.TOWN_ADMIN, officePassword, "CARENEXT_OFFICE_PASSWORD"),
                "关工委干事");
    }

    private CreatedAccount create(String username, String name, long rootId, Role role, String password,
                                  String variable) {
        try {
            return accounts.bootstrap(new UserDraft(username, name, rootId, null, Set.of(role), true, password, null));
        } catch (BusinessRuleException e) {
            throw new IllegalStateException(ConfiguredPasswords.message(variable, e.messageKey()), e);
        }
    }

    private static void announce(CreatedAccount created, String what) {
        if (created.oneTimePassword() != null) {
            log.warn("""

                    ==========================================================
                     CareNext 首次启动：已创建{}账号 {}
                     一次性密码：{}
                     首次登录后必须修改密码。此密码只显示这一次。
                    ==========================================================""",
                    what, created.user().username(), created.oneTimePassword());
        }
    }
}
