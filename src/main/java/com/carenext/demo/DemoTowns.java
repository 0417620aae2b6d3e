package com.carenext.demo;

import com.carenext.organization.OrganizationDraft;
import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.organization.Organizations;
import com.carenext.security.Accounts;
import com.carenext.security.UserDraft;
import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import com.carenext.shared.DemoTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two more towns of 乌审旗 beside 乌审召镇, marked 演示, with their 嘎查 and 社区 committees and a school, so that the
 * banner's dashboard has towns to compare; and {@code wsq_leader}, a leader at the banner committee. Each module
 * generates its own records for them ({@code *DemoTowns} in the modules), reading the towns through {@link #towns()}.
 */
@Component
@Order(90)
public class DemoTowns implements DemoTask {

    static final String BANNER = "乌审旗关工委";

    /** A demo town and the units below it (committees first, then the school). */
    public record Town(OrganizationSummary town, List<OrganizationSummary> units) {
    }

    private record Shape(String name, List<String> villages, List<String> communities, String school) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape("嘎鲁图镇", List.of("萨如拉嘎查", "巴音温都尔嘎查", "呼和芒哈嘎查", "伊克高勒嘎查"),
                    List.of("团结社区", "新街社区"), "嘎鲁图镇第一小学"),
            new Shape("图克镇", List.of("图克嘎查", "乌兰什巴台嘎查", "黄陶勒盖嘎查"), List.of("图克社区"),
                    "图克镇中心校"));

    private final Organizations organizations;
    private final Accounts accounts;
    private final DemoPassword password;

    DemoTowns(Organizations organizations, Accounts accounts, DemoPassword password) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.password = password;
    }

    @Override
    @Transactional
    public void run() {
        if (organizations.topLevel().isEmpty()) {
            return;
        }
        Actor root = DemoLoader.at(organizations.topLevel().get(0));
        Optional<OrganizationSummary> banner = named(root, BANNER);
        if (banner.isEmpty() || named(root, townName(SHAPES.get(0))).isPresent()) {
            return;
        }
        Actor loader = DemoLoader.at(banner.get());
        for (Shape shape : SHAPES) {
            OrganizationSummary town = add(loader, banner.get(), townName(shape), OrganizationType.TOWN_COMMITTEE);
            shape.villages().forEach(v -> add(loader, town, v + "关工委（演示）", OrganizationType.VILLAGE_COMMITTEE));
            shape.communities().forEach(c -> add(loader, town, c + "关工委（演示）",
                    OrganizationType.COMMUNITY_COMMITTEE));
            add(loader, town, shape.school() + "（演示）", OrganizationType.SCHOOL);
        }
        accounts.bootstrap(new UserDraft("wsq_leader", "乌审旗关工委领导（演示）", banner.get().id(), null,
                Set.of(Role.LEADER), true, password.value(), null));
    }

    /** The demo towns with their units; empty when they were not created (no demo, or no banner). */
    public List<Town> towns() {
        List<Town> towns = new ArrayList<>();
        if (organizations.topLevel().isEmpty()) {
            return towns;
        }
        Actor root = DemoLoader.at(organizations.topLevel().get(0));
        for (Shape shape : SHAPES) {
            named(root, townName(shape)).ifPresent(town -> towns.add(new Town(town,
                    organizations.children(DemoLoader.at(town), town.id()))));
        }
        return towns;
    }

    private static String townName(Shape shape) {
        return shape.name() + "关工委（演示）";
    }

    private Optional<OrganizationSummary> named(Actor actor, String name) {
        return organizations.search(actor, name, 5).stream().filter(o -> o.name().equals(name)).findFirst();
    }

    private OrganizationSummary add(Actor loader, OrganizationSummary parent, String name, OrganizationType type) {
        return organizations.create(loader, new OrganizationDraft(name, type, parent.id(), 0, null, null, null, null));
    }
}
