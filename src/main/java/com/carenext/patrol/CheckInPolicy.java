package com.carenext.patrol;

import com.carenext.shared.BusinessRuleException;
import com.carenext.volunteer.VolunteerSummary;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Who may check in and what is kept of the place: only an active volunteer; a location only when the phone gave
 * both coordinates and they are on the globe. (One open patrol per volunteer is held by the database.)
 */
final class CheckInPolicy {

    record Arrival(VolunteerSummary volunteer, BigDecimal latitude, BigDecimal longitude) {
    }

    Arrival arrival(Optional<VolunteerSummary> volunteer, BigDecimal latitude, BigDecimal longitude) {
        VolunteerSummary who = volunteer.filter(VolunteerSummary::isActive)
                .orElseThrow(() -> new BusinessRuleException("patrol.notAVolunteer"));
        boolean located = latitude != null && longitude != null && latitude.abs().doubleValue() <= 90
                && longitude.abs().doubleValue() <= 180;
        return located ? new Arrival(who, latitude, longitude) : new Arrival(who, null, null);
    }
}
