package com.carenext.publicity;

import com.carenext.support.OnPostgres;

/** The same publicity tests on real PostgreSQL. */
@OnPostgres
class PublicityPostgresTests extends PublicityTests {
}
