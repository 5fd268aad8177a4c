package org.safeguard.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeguard.shared.RegionCode;

/** The shipped calendar (national file + Hubei's extension), without Spring. */
class WorkingDaysTest {

    private static final WorkingDays CALENDAR = new WorkingDays(ReferenceCalendar.all());
    private static final RegionCode WUCHANG_COMMUNITY = RegionCode.of("420106006001");
    private static final RegionCode DAYE_VILLAGE = RegionCode.of("420281102200");
    private static final RegionCode BEIJING = RegionCode.of("110000000000");

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theShippedFileIsLoadedCompletely() {
        assertThat(ReferenceCalendar.national()).hasSize(285);
        assertThat(ReferenceCalendar.regional()).hasSize(11)
                .allSatisfy(e -> assertThat(e.regionCode()).isEqualTo(ReferenceCalendar.HUBEI));
    }

    @ParameterizedTest(name = "{0} in {1}: working day = {2}")
    @CsvSource({
            "2020-01-23, 420106006001, true",   // Thursday before the Spring Festival
            "2020-01-24, 420106006001, false",  // Spring Festival
            "2020-01-31, 110000000000, false",  // national extension (国办发明电〔2020〕1号)
            "2020-02-01, 110000000000, false",  // Saturday: the make-up working day was cancelled by the extension
            "2020-02-03, 110000000000, true",   // nationally, work resumed on Monday 3 February
            "2020-02-03, 420106006001, false",  // ...but not in Hubei (extended to 13 February)
            "2020-02-13, 420281102200, false",  // the whole province, also Daye
            "2020-02-14, 420106006001, true",   // Hubei resumed on 14 February
            "2020-01-19, 420106006001, true",   // Sunday make-up working day
            "2020-04-26, 110000000000, true",   // Sunday make-up working day (Labour Day)
            "2020-05-09, 110000000000, true",   // Saturday make-up working day
            "2020-05-05, 110000000000, false",  // Tuesday holiday
            "2020-10-10, 110000000000, true",   // Saturday make-up (National Day)
            "2020-06-27, 110000000000, false",  // Saturday inside the Dragon Boat holiday
            "2021-01-01, 420106006001, false",
            "2018-12-29, 110000000000, true",   // the 2019 notice covers December 2018
            "2026-01-04, 110000000000, true",   // Sunday make-up, 2026
            "2026-12-05, 110000000000, false",  // an ordinary Saturday
            "2027-03-03, 110000000000, true"})  // beyond the file: the weekday rule
    void workingDaysFollowTheOfficialCalendar(LocalDate date, String region, boolean working) {
        assertThat(CALENDAR.isWorkingDay(RegionCode.of(region), date)).isEqualTo(working);
    }

    @Test
    void withinNWorkingDaysEndsOnTheNthWorkingDayAfterTheDate() {
        assertThat(CALENDAR.addWorkingDays(BEIJING, d("2020-01-23"), 1)).isEqualTo(d("2020-02-03"));
        assertThat(CALENDAR.addWorkingDays(WUCHANG_COMMUNITY, d("2020-01-23"), 1)).isEqualTo(d("2020-02-14"));
        assertThat(CALENDAR.addWorkingDays(WUCHANG_COMMUNITY, d("2020-01-23"), 3)).isEqualTo(d("2020-02-18"));
        assertThat(CALENDAR.addWorkingDays(WUCHANG_COMMUNITY, d("2020-01-22"), 1)).isEqualTo(d("2020-01-23"));
        assertThat(CALENDAR.addWorkingDays(WUCHANG_COMMUNITY, d("2020-01-23"), 0)).isEqualTo(d("2020-01-23"));
    }

    @Test
    void theOverallThirtyWorkingDayLimitIsLaterInHubeiThanElsewhere() {
        assertThat(CALENDAR.addWorkingDays(BEIJING, d("2020-01-20"), 30)).isEqualTo(d("2020-03-10"));
        assertThat(CALENDAR.addWorkingDays(DAYE_VILLAGE, d("2020-01-20"), 30)).isEqualTo(d("2020-03-23"));
    }

    @Test
    void makeUpWorkingDaysOnWeekendsCount() {
        assertThat(CALENDAR.addWorkingDays(BEIJING, d("2020-01-17"), 1)).isEqualTo(d("2020-01-19"));
        assertThat(CALENDAR.addWorkingDays(BEIJING, d("2020-04-24"), 1)).isEqualTo(d("2020-04-26"));
        assertThat(CALENDAR.addWorkingDays(BEIJING, d("2020-05-08"), 1)).isEqualTo(d("2020-05-09"));
    }

    @Test
    void yearEndsAndNewYearHolidays() {
        assertThat(CALENDAR.addWorkingDays(BEIJING, d("2020-12-31"), 1)).isEqualTo(d("2021-01-04"));
        assertThat(CALENDAR.addWorkingDays(BEIJING, d("2019-12-31"), 1)).isEqualTo(d("2020-01-02"));
        assertThat(CALENDAR.addWorkingDays(BEIJING, d("2025-12-31"), 1)).isEqualTo(d("2026-01-04"));
        assertThat(CALENDAR.addWorkingDays(BEIJING, d("2025-12-31"), 2)).isEqualTo(d("2026-01-05"));
        assertThat(CALENDAR.addWorkingDays(BEIJING, d("2018-12-28"), 1)).isEqualTo(d("2018-12-29"));
        assertThat(CALENDAR.addWorkingDays(BEIJING, d("2020-09-30"), 1)).isEqualTo(d("2020-10-09"));
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterTheStartUpToTheEnd() {
        assertThat(CALENDAR.workingDaysBetween(WUCHANG_COMMUNITY, d("2020-01-23"), d("2020-02-14"))).isEqualTo(1);
        assertThat(CALENDAR.workingDaysBetween(BEIJING, d("2020-01-23"), d("2020-02-14"))).isEqualTo(10);
        assertThat(CALENDAR.workingDaysBetween(BEIJING, d("2020-02-14"), d("2020-02-14"))).isZero();
        assertThat(CALENDAR.workingDaysBetween(BEIJING, d("2020-02-14"), d("2020-02-10"))).isZero();
    }

    @Test
    void addAndBetweenAreInversesOnRandomDates() {
        Random random = new Random(2020);
        List<RegionCode> regions = List.of(WUCHANG_COMMUNITY, DAYE_VILLAGE, BEIJING);
        for (int i = 0; i < 2_000; i++) {
            RegionCode region = regions.get(random.nextInt(regions.size()));
            LocalDate start = d("2019-01-01").plusDays(random.nextInt(2900));
            int n = random.nextInt(60);
            LocalDate end = CALENDAR.addWorkingDays(region, start, n);
            assertThat(CALENDAR.workingDaysBetween(region, start, end)).isEqualTo(n);
            if (n > 0) {
                assertThat(CALENDAR.isWorkingDay(region, end)).isTrue();
            }
        }
    }

    @Test
    void aNearerRegionsEntryWinsOverAFartherOne() {
        RegionCode wuhan = RegionCode.of("420100000000");
        WorkingDays calendar = new WorkingDays(List.of(
                new WorkingDays.Entry(ReferenceCalendar.HUBEI, d("2020-02-03"), WorkingDays.Kind.HOLIDAY, "province"),
                new WorkingDays.Entry(wuhan, d("2020-02-03"), WorkingDays.Kind.WORKDAY, "city")));
        assertThat(calendar.isWorkingDay(WUCHANG_COMMUNITY, d("2020-02-03"))).isTrue();
        assertThat(calendar.isWorkingDay(DAYE_VILLAGE, d("2020-02-03"))).isFalse();
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> CALENDAR.addWorkingDays(BEIJING, d("2020-01-01"), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
