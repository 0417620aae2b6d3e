package com.carenext.shared;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/** Seals the phones and identity numbers written before encryption at rest (a Spring bean: it needs the key). */
@Component
class V27_2__seal_personal_data extends BaseJavaMigration {

    private final PersonalData personalData;

    V27_2__seal_personal_data(PersonalData personalData) {
        this.personalData = personalData;
    }

    @Override
    public void migrate(Context context) throws Exception {
        new SealingPass(personalData).run(context.getConnection());
    }
}
