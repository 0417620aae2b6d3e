package com.carenext.patrol;

import com.carenext.support.OnPostgres;

/** The coverage counts per organization on real PostgreSQL (its string functions and CASE as H2 runs them). */
@OnPostgres
class CoverageByOrganizationPostgresTests extends CoverageByOrganizationTests {
}
