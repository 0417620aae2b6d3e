package com.carenext.patrol;

import com.carenext.support.OnPostgres;

@OnPostgres
class PatrolPostgresTests extends PatrolTests {
}
