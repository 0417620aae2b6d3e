package com.carenext.organization;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A committee member as a person enters it; {@code version} is the version seen when editing. */
public record MemberDraft(
        @NotBlank @Size(max = 100) String name,
        @Pattern(regexp = "^$|^(男|女)$", message = "{validation.gender}") String gender,
        @NotNull CommitteePost post,
        @Size(max = 200) String position,
        @Pattern(regexp = "^$|^[0-9+\\- ]{5,20}$", message = "{validation.phone}") String phone,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termStart,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termEnd,
        @PositiveOrZero Integer sortOrder,
        @Size(max = 500) String note,
        Long version) {

    @AssertTrue(message = "{validation.termOrder}")
    public boolean isTermInOrder() {
        return termStart == null || termEnd == null || !termEnd.isBefore(termStart);
    }

    static MemberDraft of(MemberView member) {
        return new MemberDraft(member.name(), member.gender(), member.post(), member.position(), member.phone(),
                member.termStart(), member.termEnd(), member.sortOrder(), member.note(), member.version());
    }
}
