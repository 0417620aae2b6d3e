package com.carenext.activity;

import com.carenext.shared.Paged;
import java.util.List;

/**
 * A base (an organization of type EDUCATION_BASE) with its profile; on the detail only (null in the list), one page
 * of its visits (newest first) and of its materials (newest first), each with the exact count of all.
 */
public record EducationBaseView(long id, String name, BaseProfile profile, Paged<VisitView> visits,
                                List<YearTotal> yearTotals, Paged<MaterialView> materials) {

    /** Visits and students of one calendar year. */
    public record YearTotal(int year, int visits, long students) {
    }
}
