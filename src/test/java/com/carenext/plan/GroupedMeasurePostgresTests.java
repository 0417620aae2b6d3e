package com.carenext.plan;

import com.carenext.support.OnPostgres;

@OnPostgres
class GroupedMeasurePostgresTests extends GroupedMeasureTests {
}
