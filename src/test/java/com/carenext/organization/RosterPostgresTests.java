package com.carenext.organization;

import com.carenext.support.OnPostgres;

@OnPostgres
class RosterPostgresTests extends RosterTests {
}
