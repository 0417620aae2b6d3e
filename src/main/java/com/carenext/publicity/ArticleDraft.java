package com.carenext.publicity;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A submission as a correspondent enters it: the organization it is submitted for, title, text or link, kind,
 * date, the correspondents who wrote it and any other authors' names (separated by 、 or commas).
 */
public record ArticleDraft(
        @NotNull Long organizationId,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 20000) String body,
        @Size(max = 500) @Pattern(regexp = "^$|^https?://\\S+$", message = "{publicity.validation.link}") String link,
        @NotNull ArticleKind kind,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        List<Long> authorIds,
        // at most 20 names: more are refused with a message, never dropped
        @Size(max = 300) @Pattern(regexp = "^[、,，;；\\s]*([^、,，;；\\s]+[、,，;；\\s]+){0,19}([^、,，;；\\s]+[、,，;；\\s]*)?$",
                message = "{publicity.validation.otherAuthors}") String otherAuthors,
        Long version) {

    @AssertTrue(message = "{publicity.validation.bodyOrLink}")
    public boolean isBodyOrLinkGiven() {
        return (body != null && !body.isBlank()) || (link != null && !link.isBlank());
    }

    List<Long> authorIdsOrEmpty() {
        return authorIds == null ? List.of() : authorIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    List<String> otherAuthorNames() {
        if (otherAuthors == null || otherAuthors.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(otherAuthors.split("[、,，;；\\s]+")).map(String::strip)
                .filter(name -> !name.isEmpty()).distinct().toList();
    }
}
