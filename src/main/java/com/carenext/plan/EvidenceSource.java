package com.carenext.plan;

import com.carenext.shared.Actor;
import com.carenext.shared.NotFoundException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A module whose records can prove a plan task (佐证): it says whether a record of its {@link #kind()} exists and
 * lies in the actor's scope, and how to show and link it. The plan module checks every evidence reference through
 * the source of its kind and never reads the other module's tables.
 */
public interface EvidenceSource {

    /** The record type this source answers for, as {@link EvidenceDraft#recordType()} names it (e.g. ACTIVITY). */
    String kind();

    /** The record as the actor may see it; empty when it does not exist or lies outside the actor's scope. */
    Optional<Record> find(Actor actor, long recordId);

    /**
     * The record that {@code lookup} reads through the owning module's scoped API, shown as {@code shown}; empty when
     * that API answers "not found" (no such record, or not in the actor's scope).
     */
    static <T> Optional<Record> visible(Supplier<T> lookup, Function<T, Record> shown) {
        try {
            return Optional.of(shown.apply(lookup.get()));
        } catch (NotFoundException outside) {
            return Optional.empty();
        }
    }

    /** A record that proves a task: its title and the page that shows it. */
    record Record(String title, String link) {
    }
}
