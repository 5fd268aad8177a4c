package org.safeguard.population;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Command line: writes a synthetic population as an import CSV, without starting Safeguard.
 * <pre>
 * ./mvnw -q compile exec:java -Dexec.mainClass=org.safeguard.population.GeneratePopulation \
 *     -Dexec.args="--households 100000 --seed 7 --out target/population.csv [--regions 420106000000] [--as-of 2026-01-01]"
 * </pre>
 * {@code --regions} limits the households to the communities under that region of the shipped tree;
 * {@code --as-of} is the date ages are counted from (default 2026-01-01, so the output never depends on the day).
 */
public final class GeneratePopulation {

    private static final Logger log = LoggerFactory.getLogger(GeneratePopulation.class);
    static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 1, 1);

    private GeneratePopulation() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = parse(args);
        int households = Integer.parseInt(options.getOrDefault("households", "1000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "7"));
        Path out = Path.of(options.getOrDefault("out", "target/population.csv"));
        LocalDate asOf = LocalDate.parse(options.getOrDefault("as-of", DEFAULT_AS_OF.toString()));
        List<Community> communities = Community.shipped(options.get("regions"));
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        PopulationGenerator generator = new PopulationGenerator(seed, asOf);
        try (Writer writer = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            generator.write(households, communities, writer);
        }
        log.info("Wrote {} households ({} persons) over {} communities to {}", generator.households(), generator.persons(),
                communities.size(), out.toAbsolutePath());
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: --households N --seed S --out FILE [--regions CODE] [--as-of YYYY-MM-DD]");
            }
            options.put(a.substring(2), args[++i]);
        }
        return options;
    }
}
