package com.carenext.volunteer;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What a volunteer logs: the day, what was done, and how many hours (in half hours). */
public record HoursDraft(
        @NotNull @PastOrPresent(message = "{validation.hours.future}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate servedOn,
        @NotBlank @Size(max = 300) String description,
        @NotNull @DecimalMin(value = "0.5", message = "{validation.hours.range}")
        @DecimalMax(value = "24", message = "{validation.hours.range}") @Digits(integer = 2, fraction = 1) BigDecimal hours) {
}
