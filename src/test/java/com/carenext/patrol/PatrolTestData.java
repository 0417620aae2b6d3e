package com.carenext.patrol;

import com.carenext.shared.Actor;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * The patrol module's services for tests outside the package (the services are package-private). Taken from the
 * running context rather than imported as a bean, so that tests using it share the same cached Spring context.
 */
public final class PatrolTestData {

    private final ApplicationContext context;

    private PatrolTestData(ApplicationContext context) {
        this.context = context;
    }

    public static PatrolTestData of(ApplicationContext context) {
        return new PatrolTestData(context);
    }

    public WaterBodyView register(Actor actor, WaterBodyDraft draft) {
        return context.getBean(WaterBodies.class).register(actor, draft);
    }

    public Season season(Actor actor, int year) {
        return context.getBean(Seasons.class).season(actor, year);
    }

    public Season configure(Actor actor, Season season) {
        return context.getBean(Seasons.class).configure(actor, season);
    }

    public PatrolView checkIn(Actor actor, long waterBodyId, BigDecimal latitude, BigDecimal longitude) {
        return context.getBean(PatrolLog.class).checkIn(actor, waterBodyId, latitude, longitude);
    }

    public PatrolView checkOut(Actor actor, long patrolId, CheckOut checkOut, List<InputStream> hazardPhotos) {
        return context.getBean(PatrolLog.class).checkOut(actor, patrolId, checkOut, hazardPhotos);
    }

    /** A check-in as the phone's queue sends it: with its client id and the time it happened. */
    public PatrolView sentCheckIn(Actor actor, long waterBodyId, String clientId, long happenedAt) {
        return context.getBean(PatrolSync.class).checkIn(actor, waterBodyId, null, null, clientId, happenedAt);
    }

    /** A check-out as the phone's queue sends it: by the id of its check-in, with its own client id. */
    public PatrolView sentCheckOut(Actor actor, String checkInClientId, CheckOut checkOut, String clientId,
                                   long happenedAt) {
        return context.getBean(PatrolSync.class).checkOut(actor, null, checkInClientId, checkOut, List.of(), clientId,
                happenedAt);
    }

    public List<HazardView> hazards(Actor actor, boolean openOnly, Long before, int size) {
        return context.getBean(Hazards.class).hazards(actor, openOnly, before, size);
    }

    public List<Coverage.Line> coverage(Actor actor, java.time.LocalDate from, java.time.LocalDate to) {
        return context.getBean(CoverageReport.class).coverage(actor, null, from, to);
    }
}
