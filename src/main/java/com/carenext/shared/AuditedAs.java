package com.carenext.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name a controller's actions are audited under ({@code Patrol} in {@code Patrol.close}) when it is not the
 * class's own name without {@code Pages}/{@code Api}: handlers moved into a class of their own keep the action names
 * the audit trail already holds, so an auditor's filter finds the old events and the new alike.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AuditedAs {

    String value();
}
