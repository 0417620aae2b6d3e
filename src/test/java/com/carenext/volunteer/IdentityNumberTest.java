package com.carenext.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** GB 11643-1999: format, birth date and the MOD 11-2 check character. */
class IdentityNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void theStandardsExamplesAreValid() {
        assertThat(IdentityNumber.check("11010519491231002X", TODAY)).isEmpty();
        assertThat(IdentityNumber.check("440524188001010014", TODAY)).isEmpty();
        assertThat(IdentityNumber.check(" 11010519491231002x ", TODAY)).as("lower-case x, spaces around").isEmpty();
    }

    @Test
    void aWrongCheckCharacterIsRefusedAsSuch() {
        assertThat(IdentityNumber.check("110105194912310021", TODAY)).contains(IdentityNumber.Problem.CHECKSUM);
        assertThat(IdentityNumber.check("440524188001010015", TODAY)).contains(IdentityNumber.Problem.CHECKSUM);
    }

    @Test
    void anImpossibleBirthDateIsRefused() {
        assertThat(IdentityNumber.check("110105194913310021", TODAY)).contains(IdentityNumber.Problem.BIRTH_DATE);
        assertThat(IdentityNumber.check("110105194902300021", TODAY)).contains(IdentityNumber.Problem.BIRTH_DATE);
    }

    @Test
    void aWrongShapeIsRefused() {
        assertThat(IdentityNumber.check("12345", TODAY)).contains(IdentityNumber.Problem.FORMAT);
        assertThat(IdentityNumber.check("11010519491231002Y", TODAY)).contains(IdentityNumber.Problem.FORMAT);
        assertThat(IdentityNumber.check("1101051949123100X2", TODAY)).contains(IdentityNumber.Problem.FORMAT);
    }

    @Test
    void theBirthDateIsRead() {
        assertThat(IdentityNumber.birthDate("11010519491231002X", TODAY)).contains(LocalDate.of(1949, 12, 31));
    }

    @Test
    void aBirthDateAfterTheOfficesTodayIsRefusedOnTheDayBeforeAndAcceptedOnTheDay() {
        String born = VolunteerTestData.idNumber(TODAY);
        assertThat(IdentityNumber.check(born, TODAY.minusDays(1))).contains(IdentityNumber.Problem.BIRTH_DATE);
        assertThat(IdentityNumber.check(born, TODAY)).isEmpty();
    }

    @Test
    void masksKeepOnlyTheEnds() {
        assertThat(com.carenext.shared.Masking.idNumber("11010519491231002X")).isEqualTo("1101************2X");
        assertThat(com.carenext.shared.Masking.phone("13912345678")).isEqualTo("139****5678");
    }
}
