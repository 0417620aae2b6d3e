package com.carenext.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the office's zone ({@code officeZone}), so templates show instants on the office's clock. */
@ControllerAdvice
class OfficeZoneAdvice {

    private final Clock clock;

    OfficeZoneAdvice(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("officeZone")
    ZoneId officeZone() {
        return clock.getZone();
    }
}
