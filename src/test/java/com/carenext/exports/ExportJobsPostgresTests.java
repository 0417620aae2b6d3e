package com.carenext.exports;

import com.carenext.support.OnPostgres;

/** The same export jobs on real PostgreSQL. */
@OnPostgres
class ExportJobsPostgresTests extends ExportJobsTests {
}
