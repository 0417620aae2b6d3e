package com.carenext.volunteer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A sign-up as the manager sees it (phone and identity number masked). */
public record ApplicationView(long id, long organizationId, String name, String gender, LocalDate birthDate,
                              String maskedPhone, String maskedIdNumber, String formerPost, Set<Category> categories,
                              String motivation, String status, String declineReason, Long volunteerId,
                              Instant submittedAt, long version) {
}
