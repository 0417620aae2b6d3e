package com.carenext.publicity;

import java.time.Instant;

/** A row of the 通报 archive. */
public record BulletinSummary(long id, String month, String documentNumber, String title, String organizationName,
                              Instant generatedAt, String generatedBy) {
}
