package com.carenext.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a phone sends after it was offline: a record created once however often it is sent (its client-generated id,
 * the API's {@code Idempotency-Key}, is stored in a unique column), and the time it really happened, believed only
 * within a sane window (not in the future, at most {@link #MAX_AGE} back).
 */
@Component
public class PhoneSync {

    /** How far back a queued record may say it happened: three days without signal on the pasture. */
    public static final Duration MAX_AGE = Duration.ofHours(72);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    private final TransactionTemplate newTransaction;
    private final Clock clock;

    PhoneSync(PlatformTransactionManager transactions, Clock clock) {
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Returns the record already created for this client id, or creates it. Two concurrent sends race on the unique
     * column: the loser reads the winner's record in a fresh transaction (PostgreSQL aborts the failed one).
     */
    public <T> T once(String clientId, Supplier<Optional<T>> existing, Supplier<T> create) {
        if (clientId == null) {
            return newTransaction.execute(status -> create.get());
        }
        try {
            return newTransaction.execute(status -> existing.get().orElseGet(create));
        } catch (DuplicateKeyException | BusinessRuleException refused) {
            // refused as a duplicate ("already checked in") because the same send has just been committed
            return newTransaction.execute(status -> existing.get()).orElseThrow(() -> refused);
        }
    }

    /** A client id as sent (blank means none); anything else than 1–64 letters, digits, '-', '_', '.' or ':' is
     * refused (the same rule as the API's Idempotency-Key, which it may be). */
    public String clientId(String sent) {
        if (sent == null || sent.isBlank()) {
            return null;
        }
        if (!CLIENT_ID.matcher(sent.strip()).matches()) {
            throw new BusinessRuleException("sync.clientId.invalid");
        }
        return sent.strip();
    }

    /**
     * The time the phone says a thing happened (milliseconds since the epoch, so the phone's zone does not matter),
     * in the office zone, or now; refused outside the window.
     */
    public LocalDateTime happenedAt(Long epochMillis) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (epochMillis == null) {
            return now;
        }
        LocalDateTime sent = LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(epochMillis), clock.getZone());
        if (sent.isAfter(now.plus(CLOCK_SKEW))) {
            throw new BusinessRuleException("sync.time.future");
        }
        if (sent.isBefore(now.minus(MAX_AGE))) {
            throw new BusinessRuleException("sync.time.tooOld", MAX_AGE.toHours());
        }
        return sent.isAfter(now) ? now : sent;
    }
}
