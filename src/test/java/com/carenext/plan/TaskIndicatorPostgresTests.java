package com.carenext.plan;

import com.carenext.support.OnPostgres;

@OnPostgres
class TaskIndicatorPostgresTests extends TaskIndicatorTests {
}
