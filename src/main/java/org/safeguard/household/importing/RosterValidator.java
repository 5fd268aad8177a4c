package org.safeguard.household.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.safeguard.household.HouseholdDraft;
import org.safeguard.household.HouseholdValidation;
import org.safeguard.household.MemberDraft;
import org.safeguard.household.ValidHousehold;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.springframework.stereotype.Component;

import static org.safeguard.household.importing.RosterColumns.*;

/**
 * Checks the rows of a file: each household (the rows of one key) with {@link HouseholdValidation#check}, so
 * the rules are the API's; then what only a file can get wrong: rows of one key that disagree on household
 * columns, an ID number twice in the file, a person already active in another household, a region outside
 * the importer's subtree. Registry look-ups are done in bulk.
 */
@Component
class RosterValidator {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RosterValidator.class);

    private final HouseholdValidation validation;
    private final ImportStore store;

    RosterValidator(HouseholdValidation validation, ImportStore store) {
        this.validation = validation;
        this.store = store;
    }

    /** The households of the file after checking: those to insert, those already imported, and every problem. */
    record Outcome(List<ImportStore.NewHousehold> toInsert, int households, int skipped, int invalid,
                   List<ImportProblem> problems) {
    }

    private static final class Group {
        final String key;
        final List<RosterReader.RawRow> rows = new ArrayList<>();
        String importKey;
        ValidHousehold valid;
        boolean invalid;

        Group(String key) {
            this.key = key;
        }
    }

    Outcome check(List<RosterReader.RawRow> rows, ImportScope scope) {
        long started = System.nanoTime();
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Group> groups = new LinkedHashMap<>();
        for (RosterReader.RawRow row : rows) {
            String key = row.get(HOUSEHOLD_KEY);
            if (key == null) {
                problems.add(ImportProblem.cell(row.row(), HOUSEHOLD_KEY, "KEY_REQUIRED"));
                continue;
            }
            if (key.length() > MAX_KEY_LENGTH) {
                problems.add(ImportProblem.cell(row.row(), HOUSEHOLD_KEY, "KEY_TOO_LONG", MAX_KEY_LENGTH));
                continue;
            }
            groups.computeIfAbsent(key, Group::new).rows.add(row);
        }
        for (Group g : groups.values()) {
            checkGroup(g, scope, problems);
        }
        duplicatesInFile(groups, problems);
        long grouped = System.nanoTime();
        Set<String> existing = store.existingImportKeys(groups.values().stream()
                .map(g -> g.importKey).filter(Objects::nonNull).toList());
        List<Group> candidates = new ArrayList<>();
        int skipped = 0;
        for (Group g : groups.values()) {
            if (g.importKey != null && existing.contains(g.importKey)) {
                skipped++;
            } else {
                candidates.add(g);
            }
        }
        Set<String> ids = new HashSet<>();
        for (Group g : candidates) {
            if (g.valid != null) {
                g.valid.members().forEach(m -> ids.add(m.idNumber().value()));
            }
        }
        long keysLooked = System.nanoTime();
        Map<String, ImportStore.KnownPerson> known = store.knownPersons(ids);
        long personsLooked = System.nanoTime();
        log.debug("checked {} households in {} ms, import keys looked up in {} ms, {} persons in {} ms", groups.size(),
                (grouped - started) / 1_000_000, (keysLooked - grouped) / 1_000_000, ids.size(),
                (personsLooked - keysLooked) / 1_000_000);
        List<ImportStore.NewHousehold> toInsert = new ArrayList<>();
        for (Group g : candidates) {
            if (g.valid == null) {
                continue;
            }
            List<UUID> existingIds = new ArrayList<>(g.valid.members().size());
            for (int i = 0; i < g.valid.members().size(); i++) {
                ImportStore.KnownPerson person = known.get(g.valid.members().get(i).idNumber().value());
                if (person != null && person.active()) {
                    problems.add(ImportProblem.cell(g.rows.get(i).row(), ID_NUMBER, "PERSON_IN_OTHER_HOUSEHOLD"));
                    g.invalid = true;
                }
                existingIds.add(person == null ? null : person.id());
            }
            if (!g.invalid) {
                toInsert.add(new ImportStore.NewHousehold(UUID.randomUUID(), g.importKey, g.valid, existingIds));
            }
        }
        int invalid = (int) groups.values().stream().filter(g -> g.invalid).count();
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        return new Outcome(toInsert, groups.size(), skipped, invalid, problems);
    }

    private void checkGroup(Group g, ImportScope scope, List<ImportProblem> problems) {
        int before = problems.size();
        RosterReader.RawRow first = g.rows.get(0);
        for (RosterReader.RawRow row : g.rows) {
            if (row.broken()) {
                g.invalid = true;
            }
            if (row != first) {
                for (String column : HOUSEHOLD_LEVEL) {
                    if (!Objects.equals(row.get(column), first.get(column))) {
                        problems.add(ImportProblem.cell(row.row(), column, "HOUSEHOLD_COLUMNS_DIFFER", first.row()));
                    }
                }
            }
        }
        List<MemberDraft> members = new ArrayList<>(g.rows.size());
        for (RosterReader.RawRow row : g.rows) {
            members.add(member(row, problems));
        }
        HouseholdDraft draft = new HouseholdDraft(first.get(REGION_CODE), first.get(HUKOU_TYPE), first.get(ADDRESS),
                first.get(BANK_ACCOUNT), first.get(BANK_NAME), members);
        List<FieldProblem> fieldProblems = new ArrayList<>();
        ValidHousehold valid = validation.check(draft, fieldProblems);
        for (FieldProblem p : fieldProblems) {
            problems.add(locate(p, g));
        }
        if (valid != null) {
            if (!scope.contains(valid.region())) {
                problems.add(new ImportProblem(first.row(), REGION_CODE, "REGION_OUT_OF_SCOPE",
                        "validation.REGION_OUT_OF_SCOPE", List.of()));
            } else {
                g.importKey = valid.region().value() + ":" + g.key;
            }
        }
        if (problems.size() > before || g.invalid) {
            g.invalid = true;
        } else {
            g.valid = valid;
        }
    }

    /** A validation problem (field path like members[2].idNumber) placed on its row and column. */
    private static ImportProblem locate(FieldProblem p, Group g) {
        String field = p.field() == null ? "" : p.field();
        int row = g.rows.get(0).row();
        String column;
        if (field.startsWith("members[")) {
            int close = field.indexOf(']');
            int index = Integer.parseInt(field.substring(8, close));
            row = g.rows.get(index).row();
            column = close + 2 <= field.length() ? snake(field.substring(close + 2)) : null;
        } else if (field.equals("members")) {
            column = RELATIONSHIP;
        } else {
            column = snake(field);
        }
        return new ImportProblem(row, column, p.code(), p.messageKey(), p.arguments());
    }

    static String snake(String camel) {
        if (camel.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(camel.length() + 4);
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static MemberDraft member(RosterReader.RawRow row, List<ImportProblem> problems) {
        return new MemberDraft(row.get(ID_NUMBER), row.get(NAME), row.get(RELATIONSHIP),
                bool(row, CO_RESIDING, problems), bool(row, COUNTED, problems), row.get(EXCLUSION_REASON),
                row.get(PHONE), row.get(DISABILITY_CATEGORY), grade(row, problems), bool(row, SERIOUS_ILLNESS, problems),
                row.get(LABOUR_ABILITY), row.get(EMPLOYMENT_STATUS), row.get(SCHOOLING), row.get(HUKOU_REGION_CODE));
    }

    private static Boolean bool(RosterReader.RawRow row, String column, List<ImportProblem> problems) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "是", "1", "y", "yes":
                return Boolean.TRUE;
            case "false", "否", "0", "n", "no":
                return Boolean.FALSE;
            default:
                problems.add(ImportProblem.cell(row.row(), column, "BOOLEAN_FORMAT"));
                return null;
        }
    }

    private static Integer grade(RosterReader.RawRow row, List<ImportProblem> problems) {
        String v = row.get(DISABILITY_GRADE);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(ImportProblem.cell(row.row(), DISABILITY_GRADE, "INTEGER_FORMAT"));
            return null;
        }
    }

    /** Second and later occurrences of an ID number in another household of the file. */
    private static void duplicatesInFile(Map<String, Group> groups, List<ImportProblem> problems) {
        Map<String, int[]> seen = new HashMap<>();
        Map<String, String> keyOf = new HashMap<>();
        for (Group g : groups.values()) {
            for (RosterReader.RawRow row : g.rows) {
                String id = row.get(ID_NUMBER);
                if (id == null) {
                    continue;
                }
                id = id.toUpperCase(Locale.ROOT);
                int[] earlier = seen.putIfAbsent(id, new int[]{row.row()});
                if (earlier == null) {
                    keyOf.put(id, g.key);
                } else if (!keyOf.get(id).equals(g.key)) {
                    problems.add(ImportProblem.cell(row.row(), ID_NUMBER, "DUPLICATE_ID_IN_FILE", earlier[0]));
                    g.invalid = true;
                    g.valid = null;
                }
            }
        }
    }
}
