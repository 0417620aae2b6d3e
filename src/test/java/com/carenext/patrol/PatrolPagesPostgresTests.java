package com.carenext.patrol;

import com.carenext.support.OnPostgres;

@OnPostgres
class PatrolPagesPostgresTests extends PatrolPagesTests {
}
