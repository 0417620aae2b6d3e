package com.carenext.shared;

import java.sql.SQLException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Key rotation: after every migrate, values still sealed under an old key (or not sealed) are sealed again under
 * the current key and re-hashed, before the application serves a request.
 */
@Component
class Resealing implements Callback {

    private static final Logger log = LoggerFactory.getLogger(Resealing.class);
    private final PersonalData personalData;

    Resealing(PersonalData personalData) {
        this.personalData = personalData;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            int written = new SealingPass(personalData).run(context.getConnection());
            if (written > 0) {
                log.info("Sealed {} personal-data values again under data key {}", written,
                        personalData.currentKeyId());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot seal personal data under the current key", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "reseal-personal-data";
    }
}
