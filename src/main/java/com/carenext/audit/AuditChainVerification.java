package com.carenext.audit;

/**
 * Whether the audit trail's hash chain is intact; if not, the first row where it breaks ({@code brokenAtId}, its
 * place in the chain {@code brokenAtSeq}) and why ({@code problem}: a message key).
 */
public record AuditChainVerification(boolean intact, long rowsChecked, Long brokenAtId, Long brokenAtSeq,
                                     String problem) {

    static AuditChainVerification intact(long rows) {
        return new AuditChainVerification(true, rows, null, null, null);
    }

    static AuditChainVerification broken(long rows, Long id, Long seq, String problem) {
        return new AuditChainVerification(false, rows, id, seq, problem);
    }
}
