package com.carenext.volunteer;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.time.Clock;
import java.time.LocalDate;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A blank value or a GB 11643 identity number; the message says which part is wrong. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidIdentityNumber.Checker.class)
@interface ValidIdentityNumber {

    String message() default "{validation.idNumber.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Built by Spring's validator factory, which gives it the office's {@link Clock}. */
    class Checker implements ConstraintValidator<ValidIdentityNumber, String> {

        private final Clock clock;

        public Checker(Clock clock) {
            this.clock = clock;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            return IdentityNumber.check(value, LocalDate.now(clock)).map(problem -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{" + problem.messageKey() + "}").addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
