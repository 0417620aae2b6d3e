/**
 * The audit trail (审计日志): every write, login, failed login and logout, recorded by the module itself so that
 * no new endpoint can forget it; readable by {@code AUDITOR} only, never changed or deleted.
 */
package com.carenext.audit;
