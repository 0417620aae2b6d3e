package com.carenext.scorecard;

import com.carenext.demo.DemoLoader;
import com.carenext.demo.DemoTowns;
import com.carenext.organization.OrganizationType;
import com.carenext.shared.Actor;
import com.carenext.shared.DemoTask;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo: the other towns of 乌审旗 ({@link DemoTowns}) load the default criteria too, for 2023 and the current year, so
 * that the banner's comparison shows each town's scorecard from its records (after the modules' own demo towns).
 */
@Component
@Order(97)
class ScorecardDemoTowns implements DemoTask {

    private final DemoTowns towns;
    private final Criteria criteria;
    private final Clock clock;

    ScorecardDemoTowns(DemoTowns towns, Criteria criteria, Clock clock) {
        this.towns = towns;
        this.criteria = criteria;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run() {
        int current = LocalDate.now(clock).getYear();
        for (DemoTowns.Town town : towns.towns()) {
            Actor office = DemoLoader.at(town.town());
            if (!criteria.own(office, 2023, OrganizationType.VILLAGE_COMMITTEE).isEmpty()) {
                continue;
            }
            for (int year : current == 2023 ? new int[]{2023} : new int[]{2023, current}) {
                for (OrganizationType level : DefaultCriteria.LEVELS) {
                    criteria.loadDefaults(office, year, level);
                }
            }
        }
    }
}
