package com.carenext.volunteer;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many searches of the public sign-up page's village list one client address may make in a minute. Kept in
 * memory, per instance (behind a load balancer with n instances an address gets at most n times as many): the limit
 * only keeps a script from reading the list of villages quickly, and a database write per keystroke would cost more
 * than the search.
 */
@Component
class SearchAllowance {

    /** Addresses remembered at most; beyond, the minute's counts are dropped (a flood of addresses resets them). */
    private static final int ADDRESSES = 10_000;

    private final Clock clock;
    private final int perMinute;
    private final Map<String, int[]> counts = new ConcurrentHashMap<>();
    private volatile long minute;

    SearchAllowance(Clock clock, @Value("${carenext.recruitment.searches-per-address-per-minute:30}") int perMinute) {
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** Counts one search of the address; false when it has used up this minute's searches. */
    boolean take(String address) {
        long now = clock.millis() / 60_000;
        if (now != minute || counts.size() > ADDRESSES) {
            counts.clear();
            minute = now;
        }
        int[] count = counts.computeIfAbsent(address, key -> new int[1]);
        synchronized (count) {
            return ++count[0] <= perMinute;
        }
    }
}
