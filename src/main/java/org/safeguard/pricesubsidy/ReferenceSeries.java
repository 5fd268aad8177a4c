package org.safeguard.pricesubsidy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The national CPI series 2019–2022 shipped with the product (reference/cpi-china-national-2019-2022.csv). */
public final class ReferenceSeries {

    public static final String RESOURCE = "reference/cpi-china-national-2019-2022.csv";
    public static final String SOURCE = "NBS monthly CPI release (reference/cpi-china-national-2019-2022.csv)";

    private ReferenceSeries() {
    }

    public static List<PriceIndexRequest> national() {
        List<PriceIndexRequest> out = new ArrayList<>();
        try (var in = ReferenceSeries.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = reader.readLine();
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                out.add(new PriceIndexRequest(MechanismResolver.NATIONAL, YearMonth.parse(f[0].strip()),
                        new BigDecimal(f[1].strip()), new BigDecimal(f[2].strip()), null, LocalDate.parse(f[3].strip()), SOURCE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
