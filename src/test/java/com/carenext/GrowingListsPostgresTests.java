package com.carenext;

import com.carenext.support.OnPostgres;

/** The same searches (the public village search's join, the pickers' limits) on real PostgreSQL. */
@OnPostgres
class GrowingListsPostgresTests extends GrowingListsTests {
}
