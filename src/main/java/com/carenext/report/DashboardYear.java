package com.carenext.report;

import com.carenext.shared.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** The year a dashboard shows: the office's current year unless chosen; a year far off answers 404. */
final class DashboardYear {

    private DashboardYear() {
    }

    static final int FIRST = 2000;

    static int of(Integer chosen, LocalDate today) {
        int year = chosen == null ? today.getYear() : chosen;
        if (year < FIRST || year > today.getYear() + 1) {
            throw new NotFoundException("DashboardYear", year);
        }
        return year;
    }

    /** The years offered in the selector, newest first: next year back to five years ago, and the one shown. */
    static List<Integer> choices(LocalDate today, int shown) {
        int newest = today.getYear() + 1;
        int oldest = Math.min(shown, today.getYear() - 5);
        return IntStream.rangeClosed(0, newest - oldest).map(i -> newest - i).boxed().toList();
    }
}
