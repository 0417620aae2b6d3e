package com.carenext.scorecard;

import com.carenext.support.OnPostgres;

@OnPostgres
class ScorecardPostgresTests extends ScorecardTests {
}
