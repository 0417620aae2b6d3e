package com.carenext.security;

import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.ConfigurationCheck;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The passwords a deployment configures ({@code CARENEXT_ADMIN_PASSWORD}, {@code CARENEXT_OFFICE_PASSWORD} and, with
 * the demo, {@code CARENEXT_DEMO_PASSWORD}) must meet the password policy; checked before any migration runs, so a
 * bad one stops the start with a message naming the variable instead of half a demo later.
 */
@Component
class ConfiguredPasswords implements ConfigurationCheck {

    private final PasswordPolicy policy;
    private final String adminPassword;
    private final String officePassword;
    private final String demoPassword;
    private final boolean demo;

    ConfiguredPasswords(PasswordPolicy policy,
                        @Value("${carenext.admin.password:}") String adminPassword,
                        @Value("${carenext.office.password:}") String officePassword,
                        @Value("${carenext.demo.password:}") String demoPassword,
                        @Value("${carenext.demo.enabled:false}") boolean demo) {
        this.policy = policy;
        this.adminPassword = adminPassword;
        this.officePassword = officePassword;
        this.demoPassword = demoPassword;
        this.demo = demo;
    }

    @Override
    public void verify() {
        check(InitialAdmin.USERNAME, adminPassword, "CARENEXT_ADMIN_PASSWORD");
        check(InitialAdmin.OFFICE, officePassword, "CARENEXT_OFFICE_PASSWORD");
        if (demo) {
            check("wsz_office", demoPassword, "CARENEXT_DEMO_PASSWORD");
        }
    }

    private void check(String username, String password, String variable) {
        if (password == null || password.isBlank()) {
            return;
        }
        try {
            policy.check(username, password);
        } catch (BusinessRuleException e) {
            throw new IllegalStateException(message(variable, e.messageKey()), e);
        }
    }

    static String message(String variable, String reason) {
        return variable + " 不符合密码规则（至少 8 位、三类字符、不含用户名、不是常见密码）: " + reason
                + "；未写入任何数据，请改正后重新启动";
    }
}
