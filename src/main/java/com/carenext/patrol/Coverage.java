package com.carenext.patrol;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Required against done patrols of each water body over a period, and the gaps by date. Pure: no database, no
 * clock. Only days inside both the season and the period are counted; a day after {@code asOf} and a week still
 * running on {@code asOf} are not judged yet, so nothing still to come is reported as a gap. A week cut by the
 * season's or the period's edge requires at most as many patrols as it has days.
 */
public final class Coverage {

    private Coverage() {
    }

    /** A water body as the report needs it. */
    public record Body(long id, String name, String organizationName, RiskTier tier) {
    }

    /** An uncovered day (from = to) or a week segment with fewer patrols than required. */
    public record Gap(LocalDate from, LocalDate to, int required, int done) {
    }

    public record Line(Body body, int perWeek, int required, int done, List<Gap> gaps) {

        public boolean isCovered() {
            return gaps.isEmpty();
        }
    }

    /**
     * @param patrolDays for each water body id, the day of every completed patrol (a day may repeat)
     */
    public static List<Line> of(Season season, LocalDate from, LocalDate to, LocalDate asOf, Collection<Body> bodies,
                                Map<Long, List<LocalDate>> patrolDays) {
        LocalDate start = later(from, season.startsOn());
        LocalDate end = earlier(to, season.endsOn());
        List<Line> lines = new ArrayList<>();
        for (Body body : bodies) {
            List<LocalDate> days = patrolDays.getOrDefault(body.id(), List.of()).stream()
                    .filter(day -> !day.isBefore(start) && !day.isAfter(end) && !day.isAfter(asOf)).toList();
            lines.add(line(body, season.perWeek(body.tier()), start, end, asOf, days));
        }
        return lines;
    }

    private static Line line(Body body, int perWeek, LocalDate start, LocalDate end, LocalDate asOf,
                             List<LocalDate> days) {
        List<Gap> gaps = new ArrayList<>();
        int required = 0;
        int judgedDone = 0;
        if (perWeek >= Season.DAILY) {
            Set<LocalDate> covered = new TreeSet<>(days);
            for (LocalDate day = start; !day.isAfter(earlier(end, asOf)); day = day.plusDays(1)) {
                required++;
                if (!covered.contains(day)) {
                    gaps.add(new Gap(day, day, 1, 0));
                }
            }
            judgedDone = days.size();
        } else if (perWeek > 0) {
            for (LocalDate weekStart = start; !weekStart.isAfter(end); ) {
                LocalDate weekEnd = earlier(weekStart.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)), end);
                int length = (int) ChronoUnit.DAYS.between(weekStart, weekEnd) + 1;
                int needed = Math.min(perWeek, length);
                LocalDate a = weekStart;
                int done = (int) days.stream().filter(day -> !day.isBefore(a) && !day.isAfter(weekEnd)).count();
                if (!weekEnd.isAfter(asOf)) {
                    required += needed;
                    judgedDone += done;
                    if (done < needed) {
                        gaps.add(new Gap(weekStart, weekEnd, needed, done));
                    }
                }
                weekStart = weekEnd.plusDays(1);
            }
        }
        return new Line(body, perWeek, required, judgedDone, List.copyOf(gaps));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
