package com.carenext.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.organization.CommitteePost;
import com.carenext.publicity.CorrespondentDraft;
import com.carenext.publicity.Correspondents;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.carenext.volunteer.ApplicationDraft;
import com.carenext.volunteer.Category;
import com.carenext.volunteer.Recruitment;
import com.carenext.volunteer.VolunteerSummary;
import com.carenext.volunteer.VolunteerTestData;
import com.carenext.volunteer.Volunteers;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Phones and identity numbers at rest: what a plain SQL read sees is sealed, the pages and the API still show masks,
 * the audited reveal shows the full value, exact search and uniqueness work through the lookup hash, the migration
 * seals rows written in plain, and a value sealed under an old key opens after the key changes.
 */
@CareNextTest
class PersonalDataAtRestTests {

    private static final String PHONE = "13912345678";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Volunteers volunteers;
    @Autowired
    Recruitment recruitment;
    @Autowired
    Correspondents correspondents;
    @Autowired
    PersonalData personalData;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    Fixtures.Town world;
    VolunteerSummary elder;
    String idNumber;

    @BeforeEach
    void aVillageWithPeople() {
        world = fixtures.town();
        var draft = VolunteerTestData.draft("巴特尔", world.villageA().id(), LocalDate.of(1950, 5, 6), null);
        idNumber = draft.idNumber();
        elder = volunteers.register(world.managerAActor(), draft);
    }

    @Test
    void aPlainSqlReadSeesNoPhoneAndNoIdNumber() {
        fixtures.member(world.officeActor(), world.town(), "宝音图", CommitteePost.DIRECTOR);
        correspondents.create(world.officeActor(), new CorrespondentDraft(world.villageA().id(), "通讯员甲", PHONE,
                "甲村网格", null, null, null));
        recruitment.submit(new ApplicationDraft("巴图", "男", LocalDate.of(1950, 1, 1), PHONE,
                VolunteerTestData.idNumber(LocalDate.of(1950, 1, 1)), world.villageA().id(), null,
                Set.of(Category.VETERAN_CADRE), null), "10.0.0.1");
        for (SealingPass.Column column : SealingPass.COLUMNS) {
            List<Map<String, Object>> rows = jdbc.sql("SELECT " + column.column() + " AS v, " + column.column()
                    + "_hash AS h FROM " + column.table() + " WHERE " + column.column() + " IS NOT NULL")
                    .query().listOfRows();
            assertThat(rows).as(column.toString()).isNotEmpty();
            for (Map<String, Object> row : rows) {
                String value = (String) row.get("v");
                assertThat(value).as(column.toString()).startsWith("v1:" + personalData.currentKeyId() + ":")
                        .doesNotContain(PHONE).doesNotContain("1380000").doesNotContain(idNumber.substring(6, 14));
                assertThat((String) row.get("h")).as(column.toString()).hasSize(64);
            }
        }
    }

    @Test
    void theApiShowsMasksAndTheAuditedRevealTheFullNumbers() throws Exception {
        String manager = world.managerA().username();
        mvc.perform(get("/api/v1/volunteers/{id}", elder.id()).with(httpBasic(manager, Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.maskedPhone").value("139****5678"))
                .andExpect(jsonPath("$.maskedIdNumber").value(Masking.idNumber(idNumber)));
        mvc.perform(post("/api/v1/volunteers/{id}/reveal", elder.id()).with(httpBasic(manager, Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value(PHONE))
                .andExpect(jsonPath("$.idNumber").value(idNumber));
    }

    @Test
    void exactSearchByPhoneOrIdNumberFindsThePerson() throws Exception {
        String manager = world.managerA().username();
        for (String query : new String[]{PHONE, "139-1234-5678", idNumber, idNumber.toLowerCase()}) {
            mvc.perform(get("/api/v1/volunteers").param("name", query).with(httpBasic(manager, Fixtures.PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.rows.length()").value(1))
                    .andExpect(jsonPath("$.rows[0].id").value(elder.id()));
        }
        mvc.perform(get("/api/v1/volunteers").param("name", "13912345679").with(httpBasic(manager, Fixtures.PASSWORD)))
                .andExpect(jsonPath("$.rows.length()").value(0));
    }

    @Test
    void aDuplicateIdNumberIsStillRefused() {
        var again = VolunteerTestData.draft("巴特尔二", world.villageB().id(), LocalDate.of(1950, 5, 6), null);
        var duplicate = new com.carenext.volunteer.VolunteerDraft(again.name(), again.gender(), again.ethnicity(),
                again.birthDate(), "13700001111", idNumber, again.organizationId(), again.partyMember(),
                again.formerPost(), again.categories(), again.serviceRoles(), again.specialties(),
                again.fitForPatrol(), again.healthSummary(), again.joinedOn(), null, null);
        assertThatThrownBy(() -> volunteers.register(world.officeActor(), duplicate))
                .isInstanceOf(BusinessRuleException.class);
        String sealedAgain = personalData.seal("id_number", idNumber);
        assertThatThrownBy(() -> jdbc.sql("UPDATE volunteer SET id_number = :v, id_number_hash = :h WHERE id <> :id")
                .param("v", sealedAgain).param("h", personalData.lookupHash(idNumber)).param("id", elder.id())
                .update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void theMigrationSealsRowsWrittenInPlainAndIsIdempotent() throws Exception {
        jdbc.sql("UPDATE volunteer SET phone = '13700002222', phone_hash = NULL, id_number = :n, id_number_hash = NULL"
                + " WHERE id = :id").param("n", idNumber).param("id", elder.id()).update();
        try (Connection connection = dataSource.getConnection()) {
            new V27_2__seal_personal_data(personalData).migrate(context(connection));
            assertThat(new SealingPass(personalData).run(connection)).isZero();
        }
        Map<String, Object> row = jdbc.sql("SELECT phone, id_number, phone_hash FROM volunteer WHERE id = :id")
                .param("id", elder.id()).query().singleRow();
        assertThat((String) row.get("phone")).startsWith("v1:").doesNotContain("13700002222");
        assertThat((String) row.get("id_number")).startsWith("v1:").doesNotContain(idNumber);
        assertThat(row.get("phone_hash")).isEqualTo(personalData.lookupHash("13700002222"));
        assertThat(volunteers.reveal(world.managerAActor(), elder.id()).phone()).isEqualTo("13700002222");
    }

    @Test
    void aValueSealedUnderAnOldKeyOpensAndIsResealedAfterTheKeyChanges() throws Exception {
        byte[] oldKey = new byte[32];
        new SecureRandom().nextBytes(oldKey);
        PersonalData before = new PersonalData(oldKey, List.of());
        String sealedOld = before.seal("phone", "13600003333");
        assertThat(new PersonalData(new byte[32], List.of(oldKey)).open("phone", sealedOld)).isEqualTo("13600003333");
        assertThatThrownBy(() -> personalData.open("phone", sealedOld)).isInstanceOf(IllegalStateException.class);

        jdbc.sql("UPDATE volunteer SET phone = :v, phone_hash = :h WHERE id = :id").param("v", sealedOld)
                .param("h", before.lookupHash("13600003333")).param("id", elder.id()).update();
        byte[] currentKey = java.util.Base64.getDecoder().decode(TEST_KEY);
        PersonalData rotated = new PersonalData(currentKey, List.of(oldKey));
        try (Connection connection = dataSource.getConnection()) {
            assertThat(new SealingPass(rotated).run(connection)).isGreaterThanOrEqualTo(1);
        }
        assertThat(volunteers.reveal(world.managerAActor(), elder.id()).phone()).isEqualTo("13600003333");
        assertThat(volunteers.page(world.managerAActor(),
                new com.carenext.volunteer.VolunteerFilter(null, null, null, "13600003333"), null, 10).rows())
                .extracting(VolunteerSummary::id).containsExactly(elder.id());
    }

    /** The key of application-test.properties. */
    static final String TEST_KEY = "6T4rpsI0qKVsg2Qwqe5kO7iZas5oeHI+vby0Lm2n+BU=";

    private static org.flywaydb.core.api.migration.Context context(Connection connection) {
        return new org.flywaydb.core.api.migration.Context() {
            @Override
            public org.flywaydb.core.api.configuration.Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
