package com.carenext.security;

import com.carenext.support.OnPostgres;

@OnPostgres
class LockoutPostgresTests extends LockoutTests {
}
