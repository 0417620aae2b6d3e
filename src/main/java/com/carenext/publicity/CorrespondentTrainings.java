package com.carenext.publicity;

import java.time.LocalDate;
import java.util.List;

/**
 * Extension point: the 通讯员培训 sessions (study sessions of kind CORRESPONDENT_TRAINING) a correspondent
 * attended, shown on the correspondent's record. The study module implements it as a bean; until then no bean
 * exists and the record shows none. Publicity never reads the study module's tables.
 */
public interface CorrespondentTrainings {

    /** One session: its id in the owning module, title, date and whether the correspondent attended. */
    record Session(long id, String title, LocalDate date, boolean attended) {
    }

    /** The sessions of the correspondent (and of their login account, when they have one), newest first. */
    List<Session> sessionsOf(long correspondentId, Long userId);
}
