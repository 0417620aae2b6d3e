package com.carenext.demo;

import com.carenext.organization.CommitteePost;
import com.carenext.organization.MemberDraft;
import com.carenext.organization.OrganizationDraft;
import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.organization.Organizations;
import com.carenext.organization.Roster;
import com.carenext.security.Accounts;
import com.carenext.security.UserDraft;
import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import java.time.LocalDate;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.carenext.shared.DemoTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 乌审召镇 as the seed document describes it: the town committee under its banner, city and region; its 嘎查村 and
 * 社区 committees; the schools, partner units and education base the plan names; the committee roster of the
 * plan's attachment; and one demo account per role.
 */
@Component
@Order(10)
class DemoData implements DemoTask {

    static final LocalDate PLAN_DATE = LocalDate.of(2023, 4, 5);
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Organizations organizations;
    private final Roster roster;
    private final Accounts accounts;
    private final DemoPassword password;

    DemoData(Organizations organizations, Roster roster, Accounts accounts, DemoPassword password) {
        this.organizations = organizations;
        this.roster = roster;
        this.accounts = accounts;
        this.password = password;
    }

    @Override
    @Transactional
    public void run() {
        if (!organizations.topLevel().isEmpty()) {
            return;
        }
        OrganizationSummary region = organizations.createRoot("内蒙古自治区关工委", OrganizationType.REGION_COMMITTEE);
        Actor loader = DemoLoader.at(region);
        OrganizationSummary city = add(loader, region, "鄂尔多斯市关工委", OrganizationType.CITY_COMMITTEE);
        OrganizationSummary banner = add(loader, city, "乌审旗关工委", OrganizationType.BANNER_COMMITTEE);
        OrganizationSummary town = add(loader, banner, "乌审召镇关工委", OrganizationType.TOWN_COMMITTEE);
        OrganizationSummary bagaNaoer = null;
        OrganizationSummary zhongnai = null;
        for (String village : new String[]{"乌审召嘎查", "巴音陶勒盖嘎查", "查干苏莫嘎查", "浩勒报吉村", "巴嘎淖尔村",
                "中乃村", "布日都嘎查"}) {
            OrganizationSummary created = add(loader, town, village + "关工委", OrganizationType.VILLAGE_COMMITTEE);
            if (village.equals("巴嘎淖尔村")) {
                bagaNaoer = created;
            } else if (village.equals("中乃村")) {
                zhongnai = created;
            }
        }
        for (String community : new String[]{"惠泽社区", "查干淖社区", "绿洲社区"}) {
            add(loader, town, community + "关工委", OrganizationType.COMMUNITY_COMMITTEE);
        }
        add(loader, town, "查汗淖学校", OrganizationType.SCHOOL);
        add(loader, town, "查汗淖幼儿园", OrganizationType.KINDERGARTEN);
        add(loader, town, "乌审召小学", OrganizationType.SCHOOL);
        add(loader, town, "乌审召幼儿园", OrganizationType.KINDERGARTEN);
        for (String unit : new String[]{"乌审召派出所", "乌审召司法所", "乌审召镇新时代文明实践所", "乌审召镇中心校",
                "乌审召镇团委", "乌审召镇计生办", "乌审召镇卫生院"}) {
            add(loader, town, unit, OrganizationType.PARTNER_UNIT);
        }
        add(loader, town, "牧区大寨生态教育基地", OrganizationType.EDUCATION_BASE);

        seedRoster(loader, town);

        String password = this.password.value();
        account("wsz_office", "道格通毕力格", town, password, Role.TOWN_ADMIN);
        account("wsz_leader", "宝音图", town, password, Role.LEADER);
        account("wsz_auditor", "审计员（演示）", town, password, Role.AUDITOR);
        account("wsz_security", "安全管理员（演示）", town, password, Role.SECURITY_ADMIN);
        account("wsz_system", "系统管理员（演示）", town, password, Role.SYSTEM_ADMIN);
        account("bgne_manager", "巴嘎淖尔村负责人（演示）", bagaNaoer, password, Role.ORG_MANAGER);
        account("zn_manager", "中乃村负责人（演示）", zhongnai, password, Role.ORG_MANAGER);
        if (this.password.generated()) {
            log.warn("""

                    ==========================================================
                     CareNext 演示数据已载入（乌审召镇）。
                     演示账号：wsz_office（关工委干事）、wsz_leader（领导）、wsz_auditor（审计员）、
                              wsz_security（安全管理员）、wsz_system（系统管理员）、
                              bgne_manager（巴嘎淖尔村）、zn_manager（中乃村）、
                              bgne_volunteer（巴嘎淖尔村五老）、bgne_writer（巴嘎淖尔村通讯员）、
                              wsq_leader（乌审旗关工委领导，比较各镇）
                     演示账号共用密码：{}  （只显示这一次；可用 CARENEXT_DEMO_PASSWORD 指定）
                    ==========================================================""", password);
        }
    }

    /** The attachment of the seed: 乌审召镇关工委组成成员, as of the plan's date. */
    private void seedRoster(Actor loader, OrganizationSummary town) {
        member(loader, town, "宝音图", CommitteePost.DIRECTOR, "党委副书记", 0);
        member(loader, town, "道格通毕力格", CommitteePost.DEPUTY_DIRECTOR, "关心下一代工作干事", 1);
        member(loader, town, "郝和平", CommitteePost.DEPUTY_DIRECTOR, "“五老”人员", 2);
        member(loader, town, "李林", CommitteePost.MEMBER, "查汗淖学校校长", 3);
        member(loader, town, "刘存艳", CommitteePost.MEMBER, "查汗淖幼儿园园长", 4);
        member(loader, town, "萨日娜", CommitteePost.MEMBER, "乌审召小学校长", 5);
        member(loader, town, "塔娜", CommitteePost.MEMBER, "乌审召幼儿园园长", 6);
        member(loader, town, "左逸楠", CommitteePost.MEMBER, "团委书记", 7);
        member(loader, town, "娜仁图雅", CommitteePost.MEMBER, "计生办主任", 8);
        member(loader, town, "张鲜斌", CommitteePost.MEMBER, "卫生院院长", 9);
    }

    private OrganizationSummary add(Actor loader, OrganizationSummary parent, String name, OrganizationType type) {
        return organizations.create(loader, new OrganizationDraft(name, type, parent.id(), 0, null, null, null, null));
    }

    private void member(Actor loader, OrganizationSummary organization, String name, CommitteePost post,
                        String position, int order) {
        roster.add(loader, organization.id(), new MemberDraft(name, null, post, position, null, PLAN_DATE, null, order,
                null, null));
    }

    private void account(String username, String name, OrganizationSummary organization, String password, Role role) {
        accounts.bootstrap(new UserDraft(username, name, organization.id(), null, Set.of(role), true, password, null));
    }

}
