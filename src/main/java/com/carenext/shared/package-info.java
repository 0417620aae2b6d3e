/**
 * Vocabulary every module shares: the acting user ({@link com.carenext.shared.Actor}), roles, the exceptions that
 * map to 4xx answers, and the error handling that turns them into Chinese messages or RFC 9457 problem details.
 */
package com.carenext.shared;
