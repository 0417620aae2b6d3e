package com.carenext.shared;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Names the record a write touched, for the audit trail of the current request. The audit module records every
 * write by itself; a handler calls this only when the target is not in the URL (a record it just created).
 */
public final class AuditTarget {

    public static final String TYPE_ATTRIBUTE = AuditTarget.class.getName() + ".type";
    public static final String ID_ATTRIBUTE = AuditTarget.class.getName() + ".id";

    private AuditTarget() {
    }

    public static void name(String type, Object id) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(TYPE_ATTRIBUTE, type, RequestAttributes.SCOPE_REQUEST);
            attributes.setAttribute(ID_ATTRIBUTE, String.valueOf(id), RequestAttributes.SCOPE_REQUEST);
        }
    }
}
