package com.carenext.study;

import com.carenext.support.OnPostgres;

@OnPostgres
class StudyPostgresTests extends StudyTests {
}
