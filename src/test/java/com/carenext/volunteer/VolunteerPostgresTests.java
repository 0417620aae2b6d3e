package com.carenext.volunteer;

import com.carenext.support.OnPostgres;

@OnPostgres
class VolunteerPostgresTests extends VolunteerTests {
}
