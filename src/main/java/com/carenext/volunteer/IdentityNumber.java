package com.carenext.volunteer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The 18-digit citizen identity number of GB 11643-1999: six digits of region, eight of birth date, three of
 * sequence, and an ISO 7064 MOD 11-2 check character (0–9 or X).
 */
final class IdentityNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** Why a number is refused, as a message key; empty when it is valid. */
    enum Problem {
        FORMAT, BIRTH_DATE, CHECKSUM;

        String messageKey() {
            return "validation.idNumber." + name().toLowerCase().replace("_", "");
        }
    }

    private IdentityNumber() {
    }

    static String normalize(String text) {
        return text == null ? null : text.strip().toUpperCase();
    }

    /** Checks a number on the office's {@code today}: a birth date after it is refused. */
    static Optional<Problem> check(String text, LocalDate today) {
        String number = normalize(text);
        if (number == null || !number.matches("\\d{17}[0-9X]")) {
            return Optional.of(Problem.FORMAT);
        }
        if (birthDate(number, today).isEmpty()) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        return checkCharacter(number) == number.charAt(17) ? Optional.empty() : Optional.of(Problem.CHECKSUM);
    }

    static boolean isValid(String text, LocalDate today) {
        return check(text, today).isEmpty();
    }

    /** The check character the first 17 digits call for. */
    static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The birth date written in digits 7–14, if it is a real date after 1800 and not after {@code today}. */
    static Optional<LocalDate> birthDate(String number, LocalDate today) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
            return date.getYear() < 1800 || date.isAfter(today) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException | NumberFormatException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
