package com.carenext.activity;

import com.carenext.support.OnPostgres;

@OnPostgres
class ActivityPostgresTests extends ActivityTests {
}
