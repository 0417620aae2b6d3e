package com.carenext.patrol;

import java.time.LocalDate;

/** One item of a water body's safety kit: its state and when it was last checked (null: never). */
public record KitCheck(KitItem item, KitState state, LocalDate lastCheckedOn) {
}
