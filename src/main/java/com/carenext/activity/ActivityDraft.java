package com.carenext.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** An activity as a form or the API sends it; {@code materialIds} are the stories and materials it cites. */
public record ActivityDraft(@NotNull Long organizationId, @NotNull ActivityType type,
                            @NotBlank @Size(max = 200) String title,
                            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
                            @Size(max = 200) String place, @Size(max = 20) List<Long> partnerIds,
                            @Size(max = 50) List<Long> volunteerIds,
                            @NotNull @Min(0) @Max(100000) Integer youths, @NotNull @Min(0) @Max(100000) Integer parents,
                            @NotNull @Min(0) @Max(100000) Integer others, @Size(max = 4000) String summary,
                            @Min(1) Long planTaskId, Long version, @Size(max = 20) List<Long> materialIds) {

    public ActivityDraft {
        partnerIds = partnerIds == null ? List.of() : List.copyOf(partnerIds.stream().filter(java.util.Objects::nonNull).toList());
        materialIds = materialIds == null ? List.of() : List.copyOf(materialIds.stream().filter(java.util.Objects::nonNull).toList());
        volunteerIds = volunteerIds == null ? List.of() : List.copyOf(volunteerIds.stream().filter(java.util.Objects::nonNull).toList());
    }
}
