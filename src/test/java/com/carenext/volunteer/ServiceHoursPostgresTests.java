package com.carenext.volunteer;

import com.carenext.support.OnPostgres;

@OnPostgres
class ServiceHoursPostgresTests extends ServiceHoursTests {
}
