package org.safeguard.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2020, 3, 15);

    @Test
    void acceptsTheStandardExampleWithCheckCharacterX() {
        var check = ResidentIdNumber.check("11010519491231002X", TODAY);
        assertThat(check.valid()).isTrue();
        assertThat(check.number().birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(check.number().sex()).isEqualTo(Sex.FEMALE);
        assertThat(check.number().administrativeCode()).isEqualTo("110105");
    }

    @Test
    void acceptsLowerCaseXAndStoresItUpperCase() {
        var check = ResidentIdNumber.check("11010519491231002x", TODAY);
        assertThat(check.valid()).isTrue();
        assertThat(check.number().value()).isEqualTo("11010519491231002X");
    }

    @Test
    void derivesMaleFromAnOddSequenceDigit() {
        String first17 = "42010619800101001";
        var check = ResidentIdNumber.check(first17 + ResidentIdNumber.checkCharacter(first17), TODAY);
        assertThat(check.number().sex()).isEqualTo(Sex.MALE);
    }

    @ParameterizedTest(name = "{0} is refused with {1}")
    @CsvSource({
            "110105194912310021, ID_CHECK_DIGIT",
            "110105194912310020, ID_CHECK_DIGIT",
            "11010519491231002, ID_LENGTH",
            "1101051949123100211, ID_LENGTH",
            "110105491231002, ID_LEGACY_15",
            "11010519491331002X, ID_BIRTH_DATE",
            "11010519490230002X, ID_BIRTH_DATE",
            "11010518990101002X, ID_BIRTH_DATE",
            "1101051949123100A2, ID_FORMAT",
            "99010519491231002X, ID_REGION",
            "11000019491231002X, ID_REGION",
            "'', REQUIRED",
    })
    void refusesInvalidNumbersWithASpecificReason(String candidate, String expectedCode) {
        var check = ResidentIdNumber.check(candidate, TODAY);
        assertThat(check.valid()).isFalse();
        assertThat(check.problemCode()).isEqualTo(expectedCode);
    }

    @Test
    void refusesABirthDateAfterToday() {
        String first17 = "42010620200316001";
        var check = ResidentIdNumber.check(first17 + ResidentIdNumber.checkCharacter(first17), TODAY);
        assertThat(check.problemCode()).isEqualTo("ID_BIRTH_DATE_FUTURE");
    }

    @Test
    void everyMistypedSingleDigitIsCaughtByTheCheckCharacter() {
        Random random = new Random(11643);
        for (int n = 0; n < 2_000; n++) {
            String first17 = "420106" + String.format("%04d", 1930 + random.nextInt(80)) + "0615"
                    + String.format("%03d", random.nextInt(1000));
            String valid = first17 + ResidentIdNumber.checkCharacter(first17);
            assertThat(ResidentIdNumber.check(valid, TODAY).valid()).as(valid).isTrue();
            int position = 14 + random.nextInt(3);
            char original = valid.charAt(position);
            char replacement = (char) ('0' + ((original - '0' + 1 + random.nextInt(9)) % 10));
            String mistyped = valid.substring(0, position) + replacement + valid.substring(position + 1);
            assertThat(ResidentIdNumber.check(mistyped, TODAY).problemCode()).as(mistyped).isEqualTo("ID_CHECK_DIGIT");
        }
    }

    @Test
    void neverShowsTheFullNumberInToString() {
        var number = ResidentIdNumber.check("11010519491231002X", TODAY).number();
        assertThat(number.toString()).isEqualTo("110105********002X");
    }
}
