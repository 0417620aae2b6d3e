package com.carenext.exports;

import com.carenext.support.OnPostgres;

/** The same races on real PostgreSQL, where the claimers run truly concurrently. */
@OnPostgres
class ExportClaimPostgresTests extends ExportClaimTests {
}
