package com.carenext.security;

import com.carenext.support.OnPostgres;

@OnPostgres
class ApiTokenPostgresTests extends ApiTokenTests {
}
