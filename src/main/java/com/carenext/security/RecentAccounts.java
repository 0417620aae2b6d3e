package com.carenext.security;

import com.carenext.shared.Actor;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * What every request of a signed-in person needs to know about the account, kept for {@link #FRESH} instead of read
 * from the database on every click: the {@link Actor} (name, organization, scope, roles, enabled) and that no
 * password change is due. A change made through {@link Accounts} on this instance applies at the next request (it
 * forgets the account); a change made elsewhere (another instance, an organization moved) applies within
 * {@link #FRESH}. A password change that becomes due (an admin's reset) is never delayed on this instance; "due" is
 * not kept at all, so a person who just changed the password is let through at once.
 */
@Component
class RecentAccounts {

    static final Duration FRESH = Duration.ofSeconds(5);
    private static final int LIMIT = 10_000;

    private record Entry(Actor actor, long until) {
    }

    private final Map<Long, Entry> actors = new ConcurrentHashMap<>();
    private final Map<Long, Long> passwordFine = new ConcurrentHashMap<>();

    Optional<Actor> actor(long userId, Supplier<Optional<Actor>> load) {
        long now = System.nanoTime();
        Entry entry = actors.get(userId);
        if (entry != null && now - entry.until() < 0) {
            return Optional.of(entry.actor());
        }
        Optional<Actor> actor = load.get();
        if (actors.size() > LIMIT) {
            actors.clear();
        }
        actor.ifPresentOrElse(found -> actors.put(userId, new Entry(found, now + FRESH.toNanos())),
                () -> actors.remove(userId));
        return actor;
    }

    boolean mustChangePassword(long userId, Supplier<Boolean> load) {
        long now = System.nanoTime();
        Long until = passwordFine.get(userId);
        if (until != null && now - until < 0) {
            return false;
        }
        boolean due = load.get();
        if (passwordFine.size() > LIMIT) {
            passwordFine.clear();
        }
        if (due) {
            passwordFine.remove(userId);
        } else {
            passwordFine.put(userId, now + FRESH.toNanos());
        }
        return due;
    }

    void forget(long userId) {
        actors.remove(userId);
        passwordFine.remove(userId);
    }
}
