package com.carenext.plan;

import java.time.Instant;
import java.util.List;

/** What the notice side shows: notices, their receipts (签收) per target organization. */
public final class NoticeViews {

    private NoticeViews() {
    }

    /**
     * @param acknowledgedAt for a received notice: when the reader's organization signed, else null
     * @param remindCount    for a received notice: how often the issuer reminded the reader's organization
     * @param signed         for an issued notice: how many targets signed, of {@code targets}
     */
    public record NoticeSummary(long id, String title, String documentNumber, String issuerName, Instant publishedAt,
                                Instant acknowledgedAt, int remindCount, int signed, int targets) {

        public boolean published() {
            return publishedAt != null;
        }
    }

    /** How many notices the received and the issued list hold on all their pages. */
    public record Counts(long received, long issued) {
    }

    public record Notice(long id, long organizationId, String issuerName, String title, String documentNumber,
                         String body, Long workPlanId, String workPlanTitle, Instant publishedAt, long version,
                         boolean issuer, Receipt ownReceipt, List<Receipt> receipts, List<Attachment> attachments) {

        public boolean published() {
            return publishedAt != null;
        }
    }

    public record Attachment(long id, String fileName, long size) {
    }

    public record Receipt(long organizationId, String organizationName, Instant acknowledgedAt, String acknowledgedBy,
                          Instant remindedAt, int remindCount) {

        public boolean signed() {
            return acknowledgedAt != null;
        }
    }
}
