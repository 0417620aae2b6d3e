package com.carenext;

import com.carenext.support.OnPostgres;

/** {@link NoDoubleRecordTests} on real PostgreSQL. */
@OnPostgres
class NoDoubleRecordPostgresTests extends NoDoubleRecordTests {
}
