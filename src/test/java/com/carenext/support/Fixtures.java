package com.carenext.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.carenext.organization.CommitteePost;
import com.carenext.organization.MemberDraft;
import com.carenext.organization.MemberView;
import com.carenext.organization.OrganizationDraft;
import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.organization.Organizations;
import com.carenext.organization.Roster;
import com.carenext.security.Accounts;
import com.carenext.security.UserDraft;
import com.carenext.security.UserView;
import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Builds test data through the modules' own APIs: a town with two villages and an account for each role. Every
 * call makes new, uniquely named records, so tests sharing a context never collide.
 */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "Test-Pass-2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Organizations organizations;
    private final Roster roster;
    private final Accounts accounts;

    Fixtures(Organizations organizations, Roster roster, Accounts accounts) {
        this.organizations = organizations;
        this.roster = roster;
        this.accounts = accounts;
    }

    /** A town committee with two village committees and one account per role. */
    public record Town(OrganizationSummary town, OrganizationSummary villageA, OrganizationSummary villageB,
                       UserView office, UserView leader, UserView auditor, UserView security,
                       UserView managerA, UserView managerB, Actor officeActor, Actor managerAActor,
                       Actor managerBActor) {
    }

    public Town town() {
        int n = SEQUENCE.incrementAndGet();
        OrganizationSummary town = organizations.createRoot("测试镇" + n + "关工委", OrganizationType.TOWN_COMMITTEE);
        Actor loader = loader(town);
        OrganizationSummary a = organization(loader, town, "甲村" + n + "关工委", OrganizationType.VILLAGE_COMMITTEE);
        OrganizationSummary b = organization(loader, town, "乙村" + n + "关工委", OrganizationType.VILLAGE_COMMITTEE);
        UserView office = user("office" + n, town, Role.TOWN_ADMIN);
        UserView leader = user("leader" + n, town, Role.LEADER);
        UserView auditor = user("auditor" + n, town, Role.AUDITOR);
        UserView security = user("security" + n, town, Role.SECURITY_ADMIN);
        UserView managerA = user("managera" + n, a, Role.ORG_MANAGER);
        UserView managerB = user("managerb" + n, b, Role.ORG_MANAGER);
        return new Town(town, a, b, office, leader, auditor, security, managerA, managerB,
                actor(office, town), actor(managerA, a), actor(managerB, b));
    }

    public OrganizationSummary organization(Actor actor, OrganizationSummary parent, String name,
                                            OrganizationType type) {
        return organizations.create(actor, new OrganizationDraft(name, type, parent.id(), 0, null, null, null, null));
    }

    public MemberView member(Actor actor, OrganizationSummary organization, String name, CommitteePost post) {
        return roster.add(actor, organization.id(), new MemberDraft(name, null, post, "职务" + name, "13912345678",
                LocalDate.of(2023, 4, 5), null, 0, null, null));
    }

    public UserView user(String username, OrganizationSummary organization, Role... roles) {
        return accounts.bootstrap(new UserDraft(username, "用户" + username, organization.id(), "13800001111",
                Set.of(roles), true, PASSWORD, null)).user();
    }

    public static Actor actor(UserView user, OrganizationSummary organization) {
        return new Actor(user.id(), user.username(), user.displayName(), organization.id(), organization.name(),
                organization.path(), user.roles());
    }

    /**
     * Signs in through the real login form and returns what a browser then sends with every request: the session
     * cookie (sessions live in the database, so the cookie is all there is).
     */
    public static RequestPostProcessor login(MockMvc mvc, String username) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", username).param("password", PASSWORD)
                .with(csrf())).andReturn();
        String target = result.getResponse().getRedirectedUrl();
        if (result.getResponse().getStatus() != 302 || target == null || target.contains("error")
                || target.contains("locked")) {
            throw new AssertionError("login failed for " + username + ": " + target);
        }
        Cookie session = result.getResponse().getCookie("SESSION");
        if (session == null) {
            throw new AssertionError("no session cookie after login of " + username);
        }
        return request -> {
            request.setCookies(session);
            return request;
        };
    }

    private static Actor loader(OrganizationSummary root) {
        return new Actor(0, "fixture", "测试数据", root.id(), root.name(), root.path(),
                EnumSet.of(Role.TOWN_ADMIN, Role.ORG_MANAGER));
    }
}
