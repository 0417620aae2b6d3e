/**
 * Accounts, roles and data scope: form login and HTTP Basic on the same accounts, lockout, password policy, the
 * 三员分立 rule, and the {@link com.carenext.shared.Actor} every controller receives. {@link
 * com.carenext.security.Accounts} and {@link com.carenext.security.CurrentActors} are the module's API.
 */
package com.carenext.security;
