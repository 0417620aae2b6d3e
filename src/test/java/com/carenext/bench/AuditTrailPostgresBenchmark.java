package com.carenext.bench;

import com.carenext.support.OnPostgres;

@OnPostgres
class AuditTrailPostgresBenchmark extends AuditTrailBenchmark {
}
