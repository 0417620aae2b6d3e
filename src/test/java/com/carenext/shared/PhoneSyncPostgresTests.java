package com.carenext.shared;

import com.carenext.support.OnPostgres;

@OnPostgres
class PhoneSyncPostgresTests extends PhoneSyncTests {
}
