package com.carenext.scorecard;

import com.carenext.organization.OrganizationType;
import com.carenext.support.Fixtures;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;

/** Scorecard records of village B for the scope tests: the town's criterion and B's evidence for it. */
public final class ScorecardTestRecords {

    public static final List<String> SECRETS = List.of("乙村秘密佐证", "乙村秘密佐证文件");

    private ScorecardTestRecords() {
    }

    /** Loads the default criteria the organization of {@code setter} sets for its units of {@code level}. */
    public static int loadDefaults(ApplicationContext context, com.carenext.shared.Actor setter, int year,
                                   OrganizationType level) {
        return context.getBean(Criteria.class).loadDefaults(setter, year, level);
    }

    /** The path variables of the scorecard endpoints, given records that village A's users must not reach. */
    public static Map<String, Long> inVillage(ApplicationContext context, Fixtures.Town world) {
        Criteria criteria = context.getBean(Criteria.class);
        int year = java.time.LocalDate.now(context.getBean(java.time.Clock.class)).getYear();
        criteria.loadDefaults(world.officeActor(), year, OrganizationType.VILLAGE_COMMITTEE);
        Criterion plan = criteria.own(world.officeActor(), year, OrganizationType.VILLAGE_COMMITTEE).get(0);
        long evidence = context.getBean(Evidence.class).upload(world.managerBActor(), world.villageB(), plan,
                new MockMultipartFile("file", "乙村秘密佐证文件.png", "image/png",
                        com.carenext.files.FileSamples.PNG.bytes(1024 * 1024)), "乙村秘密佐证");
        return Map.of("organizationId", world.villageB().id(), "criterionId", plan.id(),
                "scorecardEvidenceId", evidence);
    }
}
