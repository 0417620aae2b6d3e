package com.carenext.patrol;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The phone's check-out form: at most one hazard per form (a second can be reported on the next patrol). */
record CheckOutForm(@NotNull @Min(0) @Max(9999) Integer dissuaded, @Size(max = 1000) String kitProblems,
                    @Size(max = 2000) String notes, HazardType hazardType, Severity severity,
                    @Size(max = 1000) String hazardDescription) {

    static CheckOutForm blank() {
        return new CheckOutForm(0, null, null, null, Severity.MEDIUM, null);
    }

    boolean reportsHazard() {
        return hazardType != null && hazardDescription != null && !hazardDescription.isBlank();
    }

    CheckOut checkOut() {
        return new CheckOut(dissuaded, kitProblems, notes, reportsHazard()
                ? List.of(new HazardReport(hazardType, severity == null ? Severity.MEDIUM : severity, hazardDescription))
                : List.of());
    }
}
