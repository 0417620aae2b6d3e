package com.carenext.publicity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A publication of an adopted article: outlet level, outlet name (乌审旗融媒, 鄂尔多斯日报 …), date and link. */
public record PublicationDraft(
        @NotNull OutletLevel level,
        @NotBlank @Size(max = 200) String outlet,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @Size(max = 500) @Pattern(regexp = "^$|^https?://\\S+$", message = "{publicity.validation.link}") String link,
        Long version) {
}
