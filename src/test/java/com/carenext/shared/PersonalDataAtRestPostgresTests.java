package com.carenext.shared;

import com.carenext.support.OnPostgres;

@OnPostgres
class PersonalDataAtRestPostgresTests extends PersonalDataAtRestTests {
}
