package com.carenext.demo;

import com.carenext.support.DemoTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.organization.MemberView;
import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.organization.Organizations;
import com.carenext.organization.Roster;
import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo as a newcomer meets it: 乌审召镇 and the roster of the plan's attachment, exactly as in the seed. */
@DemoTest
class DataDemoTests {

    @Autowired
    Organizations organizations;
    @Autowired
    Roster roster;

    @Test
    void theTownHasItsVillagesCommunitiesSchoolsAndPartners() {
        Actor root = rootActor();
        OrganizationSummary town = organizations.search(root, "乌审召镇关工委", 1).get(0);
        List<OrganizationSummary> children = organizations.children(root, town.id());
        assertThat(children).extracting(OrganizationSummary::name).contains("乌审召嘎查关工委", "巴音陶勒盖嘎查关工委",
                "查干苏莫嘎查关工委", "浩勒报吉村关工委", "巴嘎淖尔村关工委", "中乃村关工委", "布日都嘎查关工委",
                "惠泽社区关工委", "查干淖社区关工委", "绿洲社区关工委", "查汗淖学校", "查汗淖幼儿园", "乌审召小学",
                "乌审召幼儿园", "乌审召派出所", "乌审召司法所", "乌审召镇新时代文明实践所", "乌审召镇中心校", "乌审召镇团委",
                "乌审召镇计生办", "乌审召镇卫生院", "牧区大寨生态教育基地");
        assertThat(children).filteredOn(o -> o.type() == OrganizationType.VILLAGE_COMMITTEE).hasSize(7);
        assertThat(town.depth()).isEqualTo(3);
    }

    @Test
    void theRosterIsExactlyTheSeedsAttachment() {
        Actor root = rootActor();
        OrganizationSummary town = organizations.search(root, "乌审召镇关工委", 1).get(0);
        List<MemberView> members = roster.on(root, town.id(), LocalDate.of(2023, 4, 5));
        assertThat(members).extracting(m -> m.name() + "|" + m.post().name() + "|" + m.position()).containsExactly(
                "宝音图|DIRECTOR|党委副书记",
                "道格通毕力格|DEPUTY_DIRECTOR|关心下一代工作干事",
                "郝和平|DEPUTY_DIRECTOR|“五老”人员",
                "李林|MEMBER|查汗淖学校校长",
                "刘存艳|MEMBER|查汗淖幼儿园园长",
                "萨日娜|MEMBER|乌审召小学校长",
                "塔娜|MEMBER|乌审召幼儿园园长",
                "左逸楠|MEMBER|团委书记",
                "娜仁图雅|MEMBER|计生办主任",
                "张鲜斌|MEMBER|卫生院院长");
    }

    @Autowired
    com.carenext.security.Accounts accounts;

    @Test
    void everyDemoAccountAndTheFirstAccountsHoldOneDutyEach() {
        for (String username : new String[]{"admin", "office", "wsz_office", "wsz_leader", "wsz_auditor", "wsz_security",
                "wsz_system", "bgne_manager", "zn_manager"}) {
            var account = accounts.byUsername(username).orElseThrow(() -> new AssertionError(username));
            assertThat(account.roles()).as(username).hasSize(1);
        }
        assertThat(accounts.byUsername("admin").orElseThrow().roles()).containsExactly(Role.SECURITY_ADMIN);
        assertThat(accounts.byUsername("office").orElseThrow().roles()).containsExactly(Role.TOWN_ADMIN);
    }

    private Actor rootActor() {
        OrganizationSummary region = organizations.topLevel().get(0);
        return new Actor(0, "test", "test", region.id(), region.name(), region.path(), EnumSet.of(Role.LEADER));
    }
}
