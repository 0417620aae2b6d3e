package com.carenext.volunteer;

import java.util.List;

/** One page of a keyset-paged list; {@code nextBefore} fetches the next page, null on the last one. */
public record VolunteerPage(List<VolunteerSummary> rows, Long nextBefore) {
}
