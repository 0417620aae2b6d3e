package com.carenext.patrol;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The season of a year and the patrols a week each tier needs (7 = daily). */
record SeasonForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                  @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
                  @NotNull @Min(0) @Max(7) Integer redPerWeek, @NotNull @Min(0) @Max(7) Integer yellowPerWeek,
                  @NotNull @Min(0) @Max(7) Integer greenPerWeek, Long version) {

    static SeasonForm of(Season season) {
        return new SeasonForm(season.startsOn(), season.endsOn(), season.redPerWeek(), season.yellowPerWeek(),
                season.greenPerWeek(), season.version());
    }

    Season season() {
        return new Season(startsOn.getYear(), startsOn, endsOn, redPerWeek, yellowPerWeek, greenPerWeek,
                version == null ? Season.UNSEEN : version);
    }
}
