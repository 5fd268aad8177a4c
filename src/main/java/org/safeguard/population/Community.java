package org.safeguard.population;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.safeguard.shared.RegionCode;

/** A community or village households can live in, read from the region CSV (code,name_zh,name_en,level,parent_code,urban_rural). */
public record Community(String code, String nameZh, boolean rural) {

    /** The shipped demo region tree. */
    public static final String SHIPPED_REGIONS = "/reference/regions-hubei-demo.csv";

    public String county() {
        return code.substring(0, 6);
    }

    /** The communities of the shipped region tree, optionally only those under {@code under}. */
    public static List<Community> shipped(String under) {
        try (InputStream in = Community.class.getResourceAsStream(SHIPPED_REGIONS)) {
            if (in == null) {
                throw new IllegalStateException("region tree " + SHIPPED_REGIONS + " is not on the classpath");
            }
            return read(in, under);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Communities (level COMMUNITY) of a region CSV, in file order, optionally limited to a subtree. */
    public static List<Community> read(InputStream csv, String under) throws IOException {
        String prefix = under == null || under.isBlank() ? "" : RegionCode.of(under.strip()).subtreePrefix();
        List<Community> communities = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        String line = reader.readLine();
        while ((line = reader.readLine()) != null) {
            String[] cells = line.split(",", -1);
            if (cells.length >= 6 && "COMMUNITY".equals(cells[3]) && cells[0].startsWith(prefix)) {
                communities.add(new Community(cells[0], cells[1], "RURAL".equals(cells[5].strip())));
            }
        }
        if (communities.isEmpty()) {
            throw new IllegalArgumentException("no communities under " + (prefix.isEmpty() ? "the region tree" : under));
        }
        return communities;
    }
}
