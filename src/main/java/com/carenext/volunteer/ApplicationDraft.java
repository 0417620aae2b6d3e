package com.carenext.volunteer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/** What a person fills in on the public sign-up page. */
public record ApplicationDraft(
        @NotBlank(message = "{validation.apply.name}") @Size(max = 100) String name,
        @Pattern(regexp = "^$|^(男|女)$", message = "{validation.gender}") String gender,
        @NotNull(message = "{validation.apply.birthDate}") @Past @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
        @NotBlank(message = "{validation.apply.phone}") @Pattern(regexp = "^$|^1[3-9][0-9]{9}$", message = "{validation.apply.mobile}") String phone,
        @ValidIdentityNumber String idNumber,
        @NotNull(message = "{validation.apply.organization}") Long organizationId,
        @Size(max = 200) String formerPost,
        @NotEmpty(message = "{validation.categories}") Set<Category> categories,
        @Size(max = 500) String motivation) {

    public ApplicationDraft {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }
}
