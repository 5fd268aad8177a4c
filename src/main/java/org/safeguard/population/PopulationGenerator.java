package org.safeguard.population;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.safeguard.household.ResidentIdNumber;
import org.safeguard.household.importing.RosterColumns;

/**
 * Writes a synthetic population in the import CSV format. Everything follows from the seed, the communities
 * and the reference date: the same inputs give byte-identical output. ID numbers are valid (GB 11643 check
 * character), start with the county code of the household's community, carry the birth date that matches the
 * age, and are unique within a run: the sequence digits count up per county, birth date and sex.
 */
public final class PopulationGenerator {

    /** Household sizes 1..6, in percent, for urban and rural communities (rural households are larger). */
    private static final int[] URBAN_SIZES = {25, 32, 27, 10, 4, 2};
    private static final int[] RURAL_SIZES = {18, 26, 22, 17, 10, 7};
    private static final String[] BANKS = {"中国农业银行", "中国工商银行", "中国建设银行", "中国邮政储蓄银行", "湖北农商银行"};
    private static final String[] BANK_PREFIXES = {"622848", "621226", "621700", "621799", "621098"};
    private static final String[] DISABILITIES = {"LIMB", "LIMB", "LIMB", "LIMB", "VISUAL", "HEARING", "HEARING",
            "SPEECH", "INTELLECTUAL", "MENTAL", "MENTAL", "MULTIPLE"};
    private static final String[] EXCLUSIONS = {"PRISON_OR_REHAB", "PRISON_OR_REHAB", "DECLARED_MISSING",
            "DECLARED_MISSING", "CLERIC_LIVING_APART", "OTHER_PROVINCIAL_RULE"};
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private final SplittableRandom random;
    private final LocalDate asOf;
    private final Map<String, Integer> sequences = new HashMap<>();
    private int households;
    private int persons;

    public PopulationGenerator(long seed, LocalDate asOf) {
        this.random = new SplittableRandom(seed);
        this.asOf = asOf;
    }

    public int households() {
        return households;
    }

    public int persons() {
        return persons;
    }

    /** Writes the header and {@code count} households spread over the communities; keys are H0000001, H0000002... */
    public void write(int count, List<Community> communities, Writer out) throws IOException {
        out.write(String.join(",", RosterColumns.ALL));
        out.write('\n');
        StringBuilder line = new StringBuilder(256);
        for (int i = 1; i <= count; i++) {
            Community community = communities.get(random.nextInt(communities.size()));
            for (String[] row : household(String.format("H%07d", i), community)) {
                line.setLength(0);
                for (int c = 0; c < row.length; c++) {
                    if (c > 0) {
                        line.append(',');
                    }
                    if (row[c] != null) {
                        line.append(row[c]);
                    }
                }
                line.append('\n');
                out.append(line);
            }
        }
        out.flush();
    }

    private record Person(String relationship, int age, boolean male) {
    }

    /** The rows of one household, in {@link RosterColumns#ALL} order. */
    List<String[]> household(String key, Community community) {
        households++;
        boolean rural = community.rural();
        int size = pick(rural ? RURAL_SIZES : URBAN_SIZES) + 1;
        List<Person> people = composition(size);
        String hukou = rural ? (random.nextInt(100) < 92 ? "RURAL" : "URBAN") : (random.nextInt(100) < 85 ? "URBAN" : "RURAL");
        // A space keeps a synthetic name ending in a digit ("合成社区-关山-1") apart from the house number.
        String place = Character.isDigit(community.nameZh().charAt(community.nameZh().length() - 1))
                ? community.nameZh() + " " : community.nameZh();
        String address = rural
                ? place + (1 + random.nextInt(12)) + "组" + (1 + random.nextInt(80)) + "号"
                : place + (1 + random.nextInt(40)) + "栋" + (1 + random.nextInt(6)) + "单元"
                + (1 + random.nextInt(30)) + String.format("%02d", 1 + random.nextInt(4)) + "室";
        String bankAccount = null;
        String bankName = null;
        if (random.nextInt(100) < 88) {
            int bank = random.nextInt(BANKS.length);
            bankName = BANKS[bank];
            bankAccount = BANK_PREFIXES[bank] + digits(13);
        }
        String surname = Names.surname(random);
        List<String[]> rows = new ArrayList<>(people.size());
        for (Person p : people) {
            persons++;
            String[] row = new String[RosterColumns.ALL.size()];
            set(row, RosterColumns.HOUSEHOLD_KEY, key);
            set(row, RosterColumns.REGION_CODE, community.code());
            set(row, RosterColumns.HUKOU_TYPE, hukou);
            set(row, RosterColumns.ADDRESS, address);
            set(row, RosterColumns.BANK_ACCOUNT, bankAccount);
            set(row, RosterColumns.BANK_NAME, bankName);
            set(row, RosterColumns.ID_NUMBER, idNumber(community.county(), p));
            boolean sharesSurname = p.male() && !p.relationship().equals("SPOUSE") || p.relationship().equals("CHILD")
                    || p.relationship().equals("GRANDCHILD") || p.relationship().equals("HEAD");
            set(row, RosterColumns.NAME, (sharesSurname ? surname : Names.surname(random)) + Names.given(random, p.male()));
            set(row, RosterColumns.RELATIONSHIP, p.relationship());
            details(row, p, rural, community);
            rows.add(row);
        }
        return rows;
    }

    private void details(String[] row, Person p, boolean rural, Community community) {
        int age = p.age();
        boolean head = p.relationship().equals("HEAD");
        boolean coResiding = true;
        boolean counted = true;
        String exclusion = null;
        if (!head && age >= 18 && random.nextInt(1000) < 15) {
            counted = false;
            coResiding = false;
            exclusion = EXCLUSIONS[random.nextInt(EXCLUSIONS.length)];
        } else if (!head && age >= 18 && age <= 50 && random.nextInt(100) < 6) {
            coResiding = false; // working away from home, still counted
        }
        set(row, RosterColumns.CO_RESIDING, String.valueOf(coResiding));
        set(row, RosterColumns.COUNTED, String.valueOf(counted));
        set(row, RosterColumns.EXCLUSION_REASON, exclusion);
        if (age >= 18 && random.nextInt(100) < 85) {
            int[] second = {3, 5, 8, 8, 5, 3, 9, 7};
            set(row, RosterColumns.PHONE, "1" + second[random.nextInt(second.length)] + digits(9));
        }
        int disabilityChance = age >= 60 ? 120 : 50;
        Integer grade = null;
        if (random.nextInt(1000) < disabilityChance) {
            set(row, RosterColumns.DISABILITY_CATEGORY, DISABILITIES[random.nextInt(DISABILITIES.length)]);
            int g = random.nextInt(100);
            grade = g < 10 ? 1 : g < 35 ? 2 : g < 65 ? 3 : 4;
            set(row, RosterColumns.DISABILITY_GRADE, String.valueOf(grade));
        }
        boolean ill = random.nextInt(1000) < (age >= 50 ? 80 : 25);
        set(row, RosterColumns.SERIOUS_ILLNESS, String.valueOf(ill));
        String labour;
        if (age < 16) {
            labour = "NONE";
        } else if (grade != null && grade <= 2) {
            labour = "NONE";
        } else if (grade != null || ill) {
            labour = random.nextBoolean() ? "PARTIAL" : "NONE";
        } else if (age >= 60) {
            labour = age >= 75 ? "NONE" : random.nextInt(100) < 60 ? "PARTIAL" : "NONE";
        } else {
            labour = "FULL";
        }
        set(row, RosterColumns.LABOUR_ABILITY, labour);
        set(row, RosterColumns.EMPLOYMENT_STATUS, employment(age, labour, rural));
        set(row, RosterColumns.SCHOOLING, schooling(age, rural));
        if (random.nextInt(100) < 90) {
            set(row, RosterColumns.HUKOU_REGION_CODE, community.code());
        }
    }

    private String employment(int age, String labour, boolean rural) {
        if (age < 6) {
            return "NOT_IN_LABOUR_FORCE";
        }
        if (age < 16 || (age < 23 && random.nextInt(100) < 55)) {
            return "STUDENT";
        }
        if (labour.equals("NONE")) {
            return age >= 60 && !rural ? "RETIRED" : "NOT_IN_LABOUR_FORCE";
        }
        if (age >= 60) {
            if (rural) {
                return random.nextInt(100) < 55 ? "FARMING" : "NOT_IN_LABOUR_FORCE";
            }
            return random.nextInt(100) < 85 ? "RETIRED" : "FLEXIBLE";
        }
        int u = random.nextInt(100);
        if (rural) {
            return u < 48 ? "FARMING" : u < 70 ? "EMPLOYED" : u < 85 ? "FLEXIBLE" : u < 93 ? "SELF_EMPLOYED" : "UNEMPLOYED";
        }
        return u < 55 ? "EMPLOYED" : u < 70 ? "FLEXIBLE" : u < 80 ? "SELF_EMPLOYED" : u < 92 ? "UNEMPLOYED" : "NOT_IN_LABOUR_FORCE";
    }

    private String schooling(int age, boolean rural) {
        if (age < 3) {
            return "NONE";
        }
        if (age < 6) {
            return "PRESCHOOL";
        }
        if (age < 12) {
            return "PRIMARY";
        }
        if (age < 15) {
            return "JUNIOR_SECONDARY";
        }
        if (age < 18) {
            return random.nextInt(100) < 60 ? "SENIOR_SECONDARY" : "VOCATIONAL";
        }
        // Older cohorts and rural areas had less schooling.
        int u = random.nextInt(100) + (age >= 60 ? 35 : age >= 45 ? 15 : 0) + (rural ? 15 : 0);
        if (u < 20) return "BACHELOR";
        if (u < 30) return "COLLEGE";
        if (u < 45) return "SENIOR_SECONDARY";
        if (u < 55) return "VOCATIONAL";
        if (u < 90) return "JUNIOR_SECONDARY";
        if (u < 118) return "PRIMARY";
        return age < 25 && random.nextInt(100) < 3 ? "POSTGRADUATE" : "NONE";
    }

    /** Head first; ages consistent with relationships (children 20-40 years younger, parents 20-35 older...). */
    private List<Person> composition(int size) {
        List<Person> people = new ArrayList<>(size);
        int headAge = size == 1 ? 22 + random.nextInt(70) : 25 + random.nextInt(56);
        boolean headMale = random.nextInt(100) < 62;
        people.add(new Person("HEAD", headAge, headMale));
        if (size >= 2 && random.nextInt(100) < (size == 2 ? 65 : 85)) {
            people.add(new Person("SPOUSE", clamp(headAge + random.nextInt(11) - 5 + (headMale ? -2 : 2), 20, 95), !headMale));
        }
        int parents = 0;
        while (people.size() < size) {
            int u = random.nextInt(100);
            if (u < 12 && headAge <= 65 && parents < 2) {
                parents++;
                people.add(new Person("PARENT", clamp(headAge + 20 + random.nextInt(16), headAge + 18, 98), parents == 1 ? random.nextBoolean() : !people.get(people.size() - 1).male()));
            } else if (u < 24 && headAge >= 48) {
                people.add(new Person("GRANDCHILD", Math.max(0, headAge - 44 - random.nextInt(18)), random.nextBoolean()));
            } else if (u < 28) {
                people.add(new Person("SIBLING", clamp(headAge + random.nextInt(17) - 8, 1, 98), random.nextBoolean()));
            } else if (u < 30) {
                people.add(new Person("OTHER", random.nextInt(80), random.nextBoolean()));
            } else {
                people.add(new Person("CHILD", Math.max(0, headAge - 20 - random.nextInt(21)), random.nextBoolean()));
            }
        }
        return people;
    }

    private String idNumber(String county, Person p) {
        LocalDate birth = asOf.minusYears(p.age()).minusDays(random.nextInt(365));
        while (true) {
            String date = birth.format(YYYYMMDD);
            String slot = county + date + (p.male() ? 'M' : 'F');
            int n = sequences.merge(slot, 1, Integer::sum) - 1;
            if (n < 500) {
                // Odd sequence = male, even = female (GB 11643).
                int sequence = 2 * n + (p.male() ? 1 : 0);
                String first17 = county + date + String.format("%03d", sequence);
                return first17 + ResidentIdNumber.checkCharacter(first17);
            }
            birth = birth.minusDays(1); // this day is full for this county and sex: the neighbouring day
        }
    }

    private int pick(int[] percents) {
        int u = random.nextInt(100);
        for (int i = 0; i < percents.length; i++) {
            u -= percents[i];
            if (u < 0) {
                return i;
            }
        }
        return percents.length - 1;
    }

    private String digits(int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(c);
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }

    private static void set(String[] row, String column, String value) {
        row[RosterColumns.index(column)] = value;
    }
}
