package com.carenext.patrol;

/** How many patrols are open longer than {@code openLongerThanHours} and how many hazards are still open. */
public record OpenCounts(int openLongerThanHours, long patrolsOpenTooLong, long openHazards) {
}
