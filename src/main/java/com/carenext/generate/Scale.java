package com.carenext.generate;

import com.carenext.organization.OrganizationType;
import java.util.List;
import java.util.Locale;

/**
 * How much to generate. The tree hangs below the first start's root: each level has a type and a number of children
 * per parent; the units (嘎查/村, 社区, schools, partners) are the last level. Records are split across the modules in
 * fixed shares (see {@link #records}).
 */
enum Scale {

    /** One town like the demo's: 20 units, 300 五老, about 10,000 records. */
    TOWN(List.of(new Level(OrganizationType.TOWN_COMMITTEE, 1), Level.UNITS_20), 15, 10_000),
    /** A banner (旗): 20 towns, 400 units, 8,000 五老, about 300,000 records. */
    BANNER(List.of(new Level(OrganizationType.BANNER_COMMITTEE, 1), new Level(OrganizationType.TOWN_COMMITTEE, 20),
            Level.UNITS_20), 20, 300_000),
    /** A region: 10 cities, 100 banners, 1,000 towns, 15,000 units, 300,000 五老, about 10 million records. */
    REGION(List.of(new Level(OrganizationType.REGION_COMMITTEE, 1), new Level(OrganizationType.CITY_COMMITTEE, 10),
            new Level(OrganizationType.BANNER_COMMITTEE, 10), new Level(OrganizationType.TOWN_COMMITTEE, 10),
            new Level(null, 15)), 20, 10_000_000);

    /** One level of the tree; a null type is the unit level (types mixed). */
    record Level(OrganizationType type, int perParent) {
        static final Level UNITS_20 = new Level(null, 20);
    }

    final List<Level> levels;
    final int volunteersPerUnit;
    final long records;

    Scale(List<Level> levels, int volunteersPerUnit, long records) {
        this.levels = levels;
        this.volunteersPerUnit = volunteersPerUnit;
        this.records = records;
    }

    long units() {
        return levels.stream().mapToLong(Level::perParent).reduce(1, (a, b) -> a * b);
    }

    /** The records of one kind: activities 15 %, patrols 40 %, articles 10 %, study 15 %, audit 20 %. */
    long records(Kind kind) {
        return records * kind.percent / 100;
    }

    enum Kind {
        ACTIVITY(15), PATROL(40), ARTICLE(10), STUDY_SESSION(2), ATTENDANCE(13), AUDIT(20);

        final int percent;

        Kind(int percent) {
            this.percent = percent;
        }
    }

    static Scale parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--scale 只能是 town、banner 或 region：" + text, e);
        }
    }
}
