package com.carenext.volunteer;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Paged;
import com.carenext.shared.StaleEditException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recruitment: anyone may sign up on the public page (a few times an hour per client address); the manager of the
 * chosen 嘎查/村/社区 approves, which creates the volunteer exactly once, or declines with a reason.
 */
@Service
@Transactional
public class Recruitment {

    static final String ENTITY = "VolunteerApplication";
    private static final Set<OrganizationType> HOMES = Set.of(OrganizationType.VILLAGE_COMMITTEE,
            OrganizationType.COMMUNITY_COMMITTEE);

    private final VolunteerApplicationRepository applications;
    private final Volunteers volunteers;
    private final Organizations organizations;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perHour;

    Recruitment(VolunteerApplicationRepository applications, Volunteers volunteers, Organizations organizations,
                JdbcClient jdbc, Clock clock, @Value("${carenext.recruitment.per-address-per-hour:5}") int perHour) {
        this.applications = applications;
        this.volunteers = volunteers;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.clock = clock;
        this.perHour = perHour;
    }

    /**
     * The 嘎查/村/社区 one may sign up for (active village and community committees of every tree) whose name or whose
     * town's name contains the text, at most {@code limit}: the public page searches them, it never lists them all.
     */
    @Transactional(readOnly = true)
    public List<Organizations.PublicUnit> homes(String text, int limit) {
        return organizations.publicSearch(HOMES, text, limit);
    }

    /** The chosen 嘎查/村/社区 of a sign-up, named for the page; empty for anything else. */
    @Transactional(readOnly = true)
    public Optional<Organizations.PublicUnit> home(Long organizationId) {
        return organizations.publicUnit(HOMES, organizationId);
    }

    /** A public sign-up; refused when the client address has sent too many in the last hour. */
    public ApplicationView submit(ApplicationDraft draft, String clientAddress) {
        int recent = jdbc.sql("""
                        SELECT COUNT(*) FROM volunteer_application WHERE client_address = :address AND submitted_at > :since""")
                .param("address", clientAddress)
                .param("since", Timestamp.from(clock.instant().minus(Duration.ofHours(1))))
                .query(Integer.class).single();
        if (recent >= perHour) {
            throw new BusinessRuleException("recruit.rateLimited");
        }
        OrganizationSummary home = organizations.byId(draft.organizationId())
                .filter(o -> o.active() && HOMES.contains(o.type()))
                .orElseThrow(() -> new BusinessRuleException("recruit.unknownHome"));
        return applications.save(VolunteerApplication.submit(draft, home.path(), clientAddress, clock.instant()))
                .view();
    }

    /** Applications waiting on a page of the review list. */
    public static final int PENDING_PAGE = 50;

    /** One page of the applications waiting in the caller's subtree, oldest first, with how many wait in all. */
    @Transactional(readOnly = true)
    public Paged<ApplicationView> pending(Actor actor, int page) {
        actor.require(Volunteers.KEEPERS);
        List<Long> ids = jdbc.sql("""
                        SELECT id FROM volunteer_application WHERE organization_path LIKE :scope AND status = 'PENDING'
                        ORDER BY id OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY""")
                .param("scope", actor.scopePattern()).param("offset", Paged.offset(page, PENDING_PAGE))
                .param("size", PENDING_PAGE).query(Long.class).list();
        long total = jdbc.sql("""
                        SELECT COUNT(*) FROM volunteer_application
                        WHERE organization_path LIKE :scope AND status = 'PENDING'""")
                .param("scope", actor.scopePattern()).query(Long.class).single();
        return new Paged<>(applications.findAllById(ids).stream().map(VolunteerApplication::view)
                .sorted(java.util.Comparator.comparingLong(ApplicationView::id)).toList(), page, PENDING_PAGE, total);
    }

    @Transactional(readOnly = true)
    public ApplicationView get(Actor actor, long applicationId) {
        return visible(actor, applicationId).view();
    }

    /** Creates the volunteer and marks the application approved, in one transaction: never twice. */
    public ApplicationView approve(Actor actor, long applicationId, Long seenVersion) {
        VolunteerApplication application = pendingOne(actor, applicationId, seenVersion);
        VolunteerSummary created = volunteers.register(actor, application.toVolunteer(LocalDate.now(clock)));
        application.approve(created.id(), actor.username(), clock.instant());
        return applications.save(application).view();
    }

    public ApplicationView decline(Actor actor, long applicationId, String reason, Long seenVersion) {
        VolunteerApplication application = pendingOne(actor, applicationId, seenVersion);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("recruit.decline.reasonRequired");
        }
        application.decline(reason.strip(), actor.username(), clock.instant());
        return applications.save(application).view();
    }

    private VolunteerApplication pendingOne(Actor actor, long applicationId, Long seenVersion) {
        actor.require(Volunteers.KEEPERS);
        VolunteerApplication application = visible(actor, applicationId);
        StaleEditException.requireSeen(ENTITY, applicationId, seenVersion, application.getVersion());
        if (!VolunteerApplication.PENDING.equals(application.getStatus())) {
            throw new BusinessRuleException("recruit.alreadyDecided");
        }
        return application;
    }

    private VolunteerApplication visible(Actor actor, long applicationId) {
        actor.require(Volunteers.KEEPERS);
        return applications.findById(applicationId)
                .filter(application -> actor.reaches(application.getOrganizationPath()))
                .orElseThrow(() -> new NotFoundException(ENTITY, applicationId));
    }
}
