package com.carenext.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** An education base's profile as the form or the API sends it; {@code version} guards against overwrites. */
public record BaseProfile(@Size(max = 4000) String introduction, @Size(max = 200) String address,
                          @Min(0) @Max(100000) Integer capacity, @Size(max = 200) String contact,
                          @Size(max = 1000) String openingNotes, Long version) {

    static BaseProfile empty() {
        return new BaseProfile(null, null, null, null, null, null);
    }
}
