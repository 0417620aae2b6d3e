package com.carenext.publicity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A correspondent as the office enters them: the organization, the grid (the area, 嘎查村 or 组 they cover), and
 * optionally the login account they use (role 通讯员). {@code from} dates a change of organization or grid.
 */
public record CorrespondentDraft(
        @NotNull Long organizationId,
        @NotBlank @Size(max = 100) String name,
        @Pattern(regexp = "^$|^[0-9+\\- ]{5,20}$", message = "{validation.phone}") String phone,
        @Size(max = 500) String grid,
        Long userId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        Long version) {

    static CorrespondentDraft of(CorrespondentView view) {
        return new CorrespondentDraft(view.organizationId(), view.name(), view.phone(), view.grid(), view.userId(),
                null, view.version());
    }
}
