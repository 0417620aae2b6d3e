package com.carenext;

import com.carenext.support.OnPostgres;

/** {@link NoLostUpdateTests} on real PostgreSQL. */
@OnPostgres
class NoLostUpdatePostgresTests extends NoLostUpdateTests {
}
