package com.carenext.shared;

/** How personal data shows in lists and default exports: enough to recognise, not enough to misuse. */
public final class Masking {

    private Masking() {
    }

    /** 13912345678 → 139****5678; short or empty values are returned as they are. */
    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone;
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    /** 150102194501011234 → 1501************34: all but the first 4 and the last 2 characters hidden. */
    public static String idNumber(String idNumber) {
        if (idNumber == null || idNumber.length() < 8) {
            return idNumber;
        }
        return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 6) + idNumber.substring(idNumber.length() - 2);
    }
}
