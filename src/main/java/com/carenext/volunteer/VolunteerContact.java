package com.carenext.volunteer;

/** The full phone and identity number of a volunteer, given only on a deliberate, audited request. */
public record VolunteerContact(long volunteerId, String name, String phone, String idNumber) {
}
