package org.safeguard.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.household.ResidentIdNumber;
import org.safeguard.household.importing.RosterColumns;

class PopulationGeneratorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    private static String generate(long seed, int households, List<Community> communities) throws IOException {
        StringWriter out = new StringWriter();
        new PopulationGenerator(seed, AS_OF).write(households, communities, out);
        return out.toString();
    }

    private static List<String[]> rows(String csv) {
        List<String[]> rows = new ArrayList<>();
        String[] lines = csv.split("\n");
        assertThat(lines[0]).isEqualTo(String.join(",", RosterColumns.ALL));
        for (int i = 1; i < lines.length; i++) {
            rows.add(lines[i].split(",", -1));
        }
        return rows;
    }

    private static int col(String name) {
        return RosterColumns.ALL.indexOf(name);
    }

    @Test
    void theSameSeedGivesIdenticalOutputAndAnotherSeedDoesNot() throws IOException {
        List<Community> communities = Community.shipped(null);

        String first = generate(42, 500, communities);
        String second = generate(42, 500, communities);
        String other = generate(43, 500, communities);

        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void everyIdNumberIsValidUniqueAndMatchesTheCountyOfItsCommunity() throws IOException {
        List<String[]> rows = rows(generate(7, 5000, Community.shipped(null)));

        Set<String> ids = new HashSet<>();
        for (String[] row : rows) {
            String id = row[col(RosterColumns.ID_NUMBER)];
            ResidentIdNumber.Check check = ResidentIdNumber.check(id, AS_OF);
            assertThat(check.valid()).as("valid %s", id).isTrue();
            assertThat(id.charAt(17)).isEqualTo(ResidentIdNumber.checkCharacter(id.substring(0, 17)));
            assertThat(id.substring(0, 6)).isEqualTo(row[col(RosterColumns.REGION_CODE)].substring(0, 6));
            assertThat(ids.add(id)).as("unique %s", id).isTrue();
        }
        assertThat(rows.size()).isGreaterThan(5000 * 2);
    }

    @Test
    void householdsHaveOneHeadRealisticSizesAndAgesThatFitTheRelationships() throws IOException {
        List<String[]> rows = rows(generate(11, 3000, Community.shipped(null)));
        Map<String, List<String[]>> households = new HashMap<>();
        rows.forEach(r -> households.computeIfAbsent(r[col(RosterColumns.HOUSEHOLD_KEY)], k -> new ArrayList<>()).add(r));

        int excluded = 0;
        int disabled = 0;
        int withBank = 0;
        for (List<String[]> members : households.values()) {
            assertThat(members.size()).isBetween(1, 6);
            assertThat(members.stream().filter(m -> m[col(RosterColumns.RELATIONSHIP)].equals("HEAD"))).hasSize(1);
            String[] head = members.stream().filter(m -> m[col(RosterColumns.RELATIONSHIP)].equals("HEAD")).findFirst().orElseThrow();
            LocalDate headBirth = birth(head);
            for (String[] m : members) {
                LocalDate birth = birth(m);
                switch (m[col(RosterColumns.RELATIONSHIP)]) {
                    case "CHILD" -> assertThat(birth).isAfter(headBirth.plusYears(17));
                    case "GRANDCHILD" -> assertThat(birth).isAfter(headBirth.plusYears(35));
                    case "PARENT" -> assertThat(birth).isBefore(headBirth.minusYears(17));
                    default -> { }
                }
                if (m[col(RosterColumns.COUNTED)].equals("false")) {
                    excluded++;
                    assertThat(m[col(RosterColumns.EXCLUSION_REASON)]).isNotEmpty();
                }
                if (!m[col(RosterColumns.DISABILITY_CATEGORY)].isEmpty()) {
                    disabled++;
                    assertThat(m[col(RosterColumns.DISABILITY_GRADE)]).matches("[1-4]");
                }
                if (!m[col(RosterColumns.PHONE)].isEmpty()) {
                    assertThat(birth).isBeforeOrEqualTo(AS_OF.minusYears(18));
                }
            }
            if (!head[col(RosterColumns.BANK_ACCOUNT)].isEmpty()) {
                withBank++;
            }
        }
        double meanSize = (double) rows.size() / households.size();
        assertThat(meanSize).isBetween(2.2, 3.0);
        assertThat(excluded).isPositive();
        assertThat(disabled).isBetween(rows.size() / 50, rows.size() / 5);
        assertThat(withBank).isGreaterThan(households.size() * 3 / 4);
    }

    @Test
    void ruralHouseholdsAreLargerThanUrbanOnes() throws IOException {
        List<Community> all = Community.shipped(null);
        List<Community> rural = all.stream().filter(Community::rural).toList();
        List<Community> urban = all.stream().filter(c -> !c.rural()).toList();

        double ruralMean = rows(generate(5, 3000, rural)).size() / 3000.0;
        double urbanMean = rows(generate(5, 3000, urban)).size() / 3000.0;

        assertThat(ruralMean).isGreaterThan(urbanMean + 0.2);
    }

    @Test
    void regionsOptionKeepsHouseholdsInsideThatSubtree() throws IOException {
        List<Community> wuchang = Community.shipped("420106000000");

        assertThat(wuchang).isNotEmpty().allSatisfy(c -> assertThat(c.code()).startsWith("420106"));
        assertThat(rows(generate(3, 300, wuchang))).allSatisfy(r ->
                assertThat(r[col(RosterColumns.REGION_CODE)]).startsWith("420106"));
    }

    private static LocalDate birth(String[] row) {
        String id = row[col(RosterColumns.ID_NUMBER)];
        return LocalDate.parse(id.substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
    }
}
