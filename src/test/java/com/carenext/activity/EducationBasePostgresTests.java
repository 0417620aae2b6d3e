package com.carenext.activity;

import com.carenext.support.OnPostgres;

@OnPostgres
class EducationBasePostgresTests extends EducationBaseTests {
}
