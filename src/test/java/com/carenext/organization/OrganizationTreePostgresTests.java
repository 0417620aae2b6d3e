package com.carenext.organization;

import com.carenext.support.OnPostgres;

/** The same tests on real PostgreSQL: paths, prefix moves and locking behave alike on both databases. */
@OnPostgres
class OrganizationTreePostgresTests extends OrganizationTreeTests {
}
