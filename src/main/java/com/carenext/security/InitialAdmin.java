package com.carenext.security;

import com.carenext.organization.OrganizationType;
import com.carenext.organization.Organizations;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Role;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start, creates the account {@code admin} (安全管理员 and 关工委干事 of the top organization). Its
 * password comes from {@code CARENEXT_ADMIN_PASSWORD}, or is generated, printed once to the console and must be
 * changed at first login. There is no default password.
 */
@Component
@Order(InitialAdmin.ORDER)
class InitialAdmin implements ApplicationRunner {

    static final int ORDER = 100;
    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final Accounts accounts;
    private final Organizations organizations;
    private final String configuredPassword;
    private final String rootName;

    InitialAdmin(Accounts accounts, Organizations organizations,
                 @Value("${carenext.admin.password:}") String configuredPassword,
                 @Value("${carenext.root-organization.name:关心下一代工作委员会}") String rootName) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.configuredPassword = configuredPassword;
        this.rootName = rootName;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.exists(USERNAME)) {
            return;
        }
        long rootId = organizations.topLevel().stream().findFirst()
                .orElseGet(() -> organizations.createRoot(rootName, OrganizationType.TOWN_COMMITTEE)).id();
        CreatedAccount created;
        try {
            created = accounts.bootstrap(new UserDraft(USERNAME, "系统管理员", rootId, null,
                    Set.of(Role.SECURITY_ADMIN, Role.TOWN_ADMIN), true, configuredPassword, null));
        } catch (BusinessRuleException e) {
            throw new IllegalStateException("CARENEXT_ADMIN_PASSWORD 不符合密码规则（至少 8 位、三类字符、不含用户名 admin）: "
                    + e.messageKey(), e);
        }
        if (created.oneTimePassword() != null) {
            log.warn("""

                    ==========================================================
                     CareNext 首次启动：已创建管理员账号 admin
                     一次性密码：{}
                     首次登录后必须修改密码。此密码只显示这一次。
                    ==========================================================""", created.oneTimePassword());
        }
    }
}
