package com.carenext.plan;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Who carries a task and by when: owner organizations (within the plan's scope), a responsible person, and a due
 * date or the months it falls in ("4,5,6": a task broken down into monthly items). With months and no date, the
 * task is due at the end of the last month of the plan's year.
 */
public record TaskAssignment(
        List<Long> ownerIds,
        @Size(max = 100) String responsiblePerson,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
        @Pattern(regexp = "^$|^(1[0-2]|[1-9])([,，](1[0-2]|[1-9]))*$", message = "{plan.validation.months}")
        String dueMonths,
        Long version) {

    public TaskAssignment {
        ownerIds = ownerIds == null ? List.of() : List.copyOf(ownerIds);
    }
}
