package org.safeguard.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.safeguard.household.importing.ImportMode;
import org.safeguard.household.importing.ImportReport;
import org.safeguard.household.importing.ImportScope;
import org.safeguard.household.importing.RosterFile;
import org.safeguard.household.importing.RosterImport;
import org.safeguard.population.Community;
import org.safeguard.population.PopulationGenerator;
import org.safeguard.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On a first start with demo data on, generates {@code safeguard.demo.households} households (seed
 * {@code safeguard.demo.seed}) over every community of the shipped region tree and loads them through the
 * bulk import, acting as the system, so demo data passes exactly the checks a real roster does.
 */
@Component
class DemoPopulation {

    private static final Logger log = LoggerFactory.getLogger(DemoPopulation.class);

    private final RosterImport rosterImport;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int households;
    private final long seed;

    DemoPopulation(RosterImport rosterImport, JdbcClient jdbc, Clock clock,
                   @Value("${safeguard.demo.households:600}") int households,
                   @Value("${safeguard.demo.seed:2020}") long seed) {
        this.rosterImport = rosterImport;
        this.jdbc = jdbc;
        this.clock = clock;
        this.households = households;
        this.seed = seed;
    }

    void loadIfEmpty() {
        if (households <= 0 || jdbc.sql("select count(*) from registry_household_payee_v").query(Long.class).single() > 0) {
            return;
        }
        List<Community> communities = Community.shipped(null);
        ByteArrayOutputStream csv = new ByteArrayOutputStream(households * 600);
        try (Writer writer = new OutputStreamWriter(csv, StandardCharsets.UTF_8)) {
            new PopulationGenerator(seed, LocalDate.now(clock)).write(households, communities, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RegionCode province = RegionCode.of(communities.get(0).code().substring(0, 2) + "0000000000");
        byte[] bytes = csv.toByteArray();
        ImportReport report = rosterImport.importFile(new RosterFile("demo-population.csv", bytes.length,
                new ByteArrayResource(bytes)), ImportMode.ALL_OR_NOTHING, ImportScope.system(province));
        if (report.rejected()) {
            log.warn("The generated demo population was refused with {} problems (first: {})", report.problems().size(),
                    report.problems().isEmpty() ? "-" : report.problems().get(0).code());
        } else {
            log.info("Loaded the demo population: {} households, {} persons", report.householdsInserted(),
                    report.personsInserted());
        }
    }
}
