package com.carenext.report;

import com.carenext.patrol.PatrolSync;
import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import com.carenext.study.StudySessions;
import com.carenext.volunteer.ServiceHours;
import com.carenext.volunteer.Volunteers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 我的记录: what a 五老 has done, on one phone page — patrols, study attendance with their 心得, service hours with
 * their approval state, and the 志愿服务记录证明 of this year to download.
 */
@Controller
class MyRecordsPages {

    private static final int RECENT_PATROLS = 50;

    private final Volunteers volunteers;
    private final ServiceHours hours;
    private final StudySessions study;
    private final PatrolSync patrols;
    private final Clock clock;

    MyRecordsPages(Volunteers volunteers, ServiceHours hours, StudySessions study, PatrolSync patrols, Clock clock) {
        this.volunteers = volunteers;
        this.hours = hours;
        this.study = study;
        this.patrols = patrols;
        this.clock = clock;
    }

    @GetMapping("/my/records")
    String records(Actor actor, Model model) {
        actor.require(Role.VOLUNTEER);
        var me = volunteers.ofUser(actor.userId()).orElse(null);
        model.addAttribute("me", me);
        // each list is the latest few; the page says how many there are in all when it shows fewer
        model.addAttribute("patrols", me == null ? List.of() : patrols.mine(actor, RECENT_PATROLS));
        model.addAttribute("patrolsTotal", me == null ? 0 : patrols.mineCount(actor));
        model.addAttribute("studies", study.mine(actor));
        model.addAttribute("studiesTotal", study.mineCount(actor));
        model.addAttribute("entries", me == null ? List.of() : hours.mine(actor));
        model.addAttribute("entriesTotal", me == null ? 0 : hours.mineCount(actor));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("from", today.withDayOfYear(1));
        model.addAttribute("to", today);
        return "report/my-records";
    }
}
