package com.carenext.organization;

import com.carenext.shared.Masking;

import java.time.LocalDate;

/** A committee member's term as read by pages, the API and other modules. */
public record MemberView(long id, long organizationId, String name, String gender, CommitteePost post,
                         String position, String phone, LocalDate termStart, LocalDate termEnd, int sortOrder,
                         String note, long version) {

    public boolean servesOn(LocalDate day) {
        return !termStart.isAfter(day) && (termEnd == null || !termEnd.isBefore(day));
    }

    /** The same term with the phone masked, as the API gives it (the full phone only through an audited reveal). */
    public MemberView masked() {
        return new MemberView(id, organizationId, name, gender, post, position, maskedPhone(), termStart, termEnd,
                sortOrder, note, version);
    }

    /** The phone number with its middle digits hidden, as lists show it. */
    public String maskedPhone() {
        return Masking.phone(phone);
    }
}
