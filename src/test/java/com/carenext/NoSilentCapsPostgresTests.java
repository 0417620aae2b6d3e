package com.carenext;

import com.carenext.support.OnPostgres;

/** The same paging past the old caps on real PostgreSQL. */
@OnPostgres
class NoSilentCapsPostgresTests extends NoSilentCapsTests {
}
