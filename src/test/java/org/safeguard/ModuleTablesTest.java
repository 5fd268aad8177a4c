package org.safeguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Modules talk through published interfaces and views, never through each other's tables. Every table is owned by
 * the module whose Flyway version range created it ({@link #OWNERS}); a module's SQL (the string literals and text
 * blocks of its main sources) may name its own tables and any module's published views ({@code create view}), and
 * nothing else. A new migration outside the known ranges fails here until its range is given an owner.
 */
class ModuleTablesTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/org/safeguard");

    /** Flyway major version ranges (inclusive) and the module that owns what they create. */
    private static final List<Object[]> OWNERS = List.of(
            new Object[] {1, 1, "region"}, new Object[] {2, 2, "audit"}, new Object[] {3, 3, "account"},
            new Object[] {4, 4, "household"}, new Object[] {5, 6, "account"}, new Object[] {7, 9, "shared"}, new Object[] {10, 19, "household"},
            new Object[] {40, 49, "policy"}, new Object[] {50, 59, "payment"}, new Object[] {60, 69, "application"},
            new Object[] {70, 79, "beneficiary"}, new Object[] {80, 89, "pricesubsidy"}, new Object[] {90, 99, "casework"},
            new Object[] {150, 159, "goodfaith"});

    /**
     * Reads of another module's tables still waiting for that module's published view or query, each with why.
     * The test also fails when one of them is gone, so this list can only shrink.
     */
    private static final Map<String, String> PENDING = Map.of();

    private static final Pattern CREATE = Pattern.compile("(?i)create\\s+(table|view)\\s+(if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern VERSION = Pattern.compile("^V(\\d+)(_\\d+)?__.*\\.sql$");
    private static final Pattern CALLBACK = Pattern.compile("^(before|after)[A-Za-z]*\\.sql$");
    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern SQL_NAME = Pattern.compile("(?i)\\b(from|join|into|update|exists\\s*\\(\\s*select\\s+1\\s+from)\\s+([a-z_][a-z0-9_]*)");

    record Owned(Map<String, String> tables, Set<String> views) {
    }

    static Owned ownership() {
        Map<String, String> tables = new TreeMap<>();
        Set<String> views = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            // Flyway callbacks (afterMigrate.sql: grants) are not migrations and create no tables
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> !CALLBACK.matcher(f.getFileName().toString()).matches()).toList()) {
                Matcher v = VERSION.matcher(file.getFileName().toString());
                assertThat(v.matches()).as("migration name " + file).isTrue();
                String owner = ownerOf(Integer.parseInt(v.group(1)), file);
                Matcher c = CREATE.matcher(Files.readString(file));
                while (c.find()) {
                    String name = c.group(3).toLowerCase();
                    if (name.equals("event_publication")) {
                        continue; // Spring Modulith's own table, not a module's
                    }
                    if (c.group(1).equalsIgnoreCase("view")) {
                        views.add(name);
                    } else {
                        tables.put(name, owner);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Owned(tables, views);
    }

    private static String ownerOf(int version, Path file) {
        return OWNERS.stream().filter(o -> version >= (int) o[0] && version <= (int) o[1]).map(o -> (String) o[2])
                .findFirst().orElseThrow(() -> new AssertionError("no owning module for the Flyway version of " + file
                        + ": add its range to ModuleTablesTest.OWNERS"));
    }

    /** "module/Path.java -> table" for every SQL name in a string literal of a module's class that another module owns. */
    static Set<String> foreignTableReferences(Owned owned) {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String module = relative.getName(0).toString();
                Matcher s = STRING.matcher(stripComments(Files.readString(file)));
                while (s.find()) {
                    String literal = s.group(1) != null ? s.group(1) : s.group(2);
                    Matcher n = SQL_NAME.matcher(literal);
                    while (n.find()) {
                        String name = n.group(2).toLowerCase();
                        String owner = owned.tables().get(name);
                        if (owner != null && !owner.equals(module) && !owned.views().contains(name)) {
                            found.add(relative.toString().replace('\\', '/') + " -> " + name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static String stripComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }

    @Test
    void noModuleNamesAnotherModulesTablesInItsSql() {
        Set<String> found = foreignTableReferences(ownership());
        List<String> unexpected = new ArrayList<>(found);
        unexpected.removeAll(PENDING.keySet());
        assertThat(unexpected).as("SQL naming another module's tables; use its published view or query").isEmpty();
        assertThat(found).as("pending exceptions that are gone: remove them from PENDING").containsAll(PENDING.keySet());
    }

    @Test
    void theCheckSeesAForeignTableInATextBlock() {
        Owned owned = ownership();
        assertThat(owned.tables()).containsEntry("person", "household").containsEntry("payroll_line", "payment")
                .containsEntry("dibao_beneficiary", "beneficiary");
        assertThat(owned.views()).contains("registry_household_payee_v", "registry_person_v", "registry_member_v");
        Matcher n = SQL_NAME.matcher("select p.name from dibao_beneficiary b\n left join person p on p.id = b.x");
        List<String> names = new ArrayList<>();
        while (n.find()) {
            names.add(n.group(2));
        }
        assertThat(names).containsExactly("dibao_beneficiary", "person");
    }
}
