package com.carenext.patrol;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a volunteer reports when leaving: how many people were dissuaded (a count, never names), hazards, notes. */
public record CheckOut(@NotNull @Min(0) @Max(9999) Integer dissuaded, @Size(max = 1000) String kitProblems,
                       @Size(max = 2000) String notes, @Valid @Size(max = 10) List<HazardReport> hazards) {

    public List<HazardReport> hazardsOrEmpty() {
        return hazards == null ? List.of() : hazards;
    }
}
