package com.carenext.publicity;

import com.carenext.support.OnPostgres;

/** The scoring oracle on real PostgreSQL: its window functions, CASE and casts as H2 runs them. */
@OnPostgres
class PublicityScoringOraclePostgresTests extends PublicityScoringOracleTests {
}
