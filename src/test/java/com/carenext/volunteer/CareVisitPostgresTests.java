package com.carenext.volunteer;

import com.carenext.support.OnPostgres;

@OnPostgres
class CareVisitPostgresTests extends CareVisitTests {
}
