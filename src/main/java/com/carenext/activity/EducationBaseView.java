package com.carenext.activity;

import java.util.List;

/** A base (an organization of type EDUCATION_BASE) with its profile; visits and materials on the detail only. */
public record EducationBaseView(long id, String name, BaseProfile profile, List<VisitView> visits,
                                List<YearTotal> yearTotals, List<MaterialView> materials) {

    /** Visits and students of one calendar year. */
    public record YearTotal(int year, int visits, long students) {
    }
}
