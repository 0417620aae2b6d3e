/**
 * Region-scale test data (生成测试数据) from the command line: {@code java -jar carenext.jar generate --scale
 * town|banner|region} loads an organization tree, 五老, activities, patrols, articles, study sessions with attendance
 * and an audit trail into the configured database through set-based SQL ({@code INSERT … SELECT} over
 * {@code generate_series} on PostgreSQL, {@code SYSTEM_RANGE} on H2). It refuses a database that holds any record
 * beyond the first start's root and accounts. Phones and identity numbers are left empty (nothing to seal); the
 * audit rows are chained like the application's own, so the chain still verifies.
 */
package com.carenext.generate;
