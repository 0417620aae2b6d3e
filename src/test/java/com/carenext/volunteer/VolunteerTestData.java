package com.carenext.volunteer;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Drafts of volunteers for tests, with valid GB 11643 identity numbers made up on the spot. */
public final class VolunteerTestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    private VolunteerTestData() {
    }

    /** A valid identity number for a birth date, unique within the test run. */
    public static String idNumber(LocalDate birth) {
        String body = "150626" + birth.toString().replace("-", "") + String.format("%03d", SEQUENCE.incrementAndGet() % 1000);
        return body + IdentityNumber.checkCharacter(body);
    }

    public static VolunteerDraft draft(String name, long organizationId, LocalDate birth, Long userId) {
        return new VolunteerDraft(name, "男", "蒙古族", birth, "13912345678", idNumber(birth), organizationId, true,
                "原嘎查党支部书记", EnumSet.of(Category.VETERAN_CADRE, Category.VETERAN_TEACHER),
                Set.of(ServiceRole.IDEOLOGY_LECTURER), "马头琴", true, "良好", LocalDate.of(2020, 3, 1), userId, null);
    }
}
