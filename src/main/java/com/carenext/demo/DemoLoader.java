package com.carenext.demo;

import com.carenext.organization.OrganizationSummary;
import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import java.util.EnumSet;

/** The actor every module's demo loads its data as: the town office and manager of the given organization. */
public final class DemoLoader {

    private DemoLoader() {
    }

    public static Actor at(OrganizationSummary organization) {
        return new Actor(0, "demo", "演示数据", organization.id(), organization.name(), organization.path(),
                EnumSet.of(Role.TOWN_ADMIN, Role.ORG_MANAGER));
    }
}
