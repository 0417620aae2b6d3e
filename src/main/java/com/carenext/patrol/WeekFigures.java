package com.carenext.patrol;

/** This week so far in the caller's subtree: completed patrols, people dissuaded, hazards reported. */
public record WeekFigures(int patrols, int dissuaded, int hazards) {
}
