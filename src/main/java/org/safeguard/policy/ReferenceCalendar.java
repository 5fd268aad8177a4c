package org.safeguard.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.safeguard.shared.RegionCode;

/**
 * The calendar shipped with the product: the national holidays file and the regional extensions that are
 * part of the record (not demo data). Hubei extended the 2020 Spring Festival holiday to 13 February
 * (湖北省人民政府办公厅, 2020-02-01; see reference/SOURCES.md §2): the national extension already ended on
 * 2 February, so 3–13 February 2020 are Hubei-only holidays.
 */
public final class ReferenceCalendar {

    public static final String NATIONAL_RESOURCE = "reference/holidays-china-2019-2026.csv";
    public static final RegionCode HUBEI = RegionCode.of("420000000000");

    private ReferenceCalendar() {
    }

    public static List<WorkingDays.Entry> national() {
        List<WorkingDays.Entry> entries = new ArrayList<>();
        try (InputStream in = ReferenceCalendar.class.getClassLoader().getResourceAsStream(NATIONAL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(NATIONAL_RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (header == null || !header.strip().equals("date,kind,name")) {
                throw new IllegalStateException(NATIONAL_RESOURCE + ": unexpected header");
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", 3);
                entries.add(new WorkingDays.Entry(null, LocalDate.parse(f[0].strip()), WorkingDays.Kind.valueOf(f[1].strip()), f[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    public static List<WorkingDays.Entry> regional() {
        List<WorkingDays.Entry> entries = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2020, 2, 3); !d.isAfter(LocalDate.of(2020, 2, 13)); d = d.plusDays(1)) {
            entries.add(new WorkingDays.Entry(HUBEI, d, WorkingDays.Kind.HOLIDAY, "春节（湖北延长假期）"));
        }
        return entries;
    }

    /** National and regional entries together, as the product ships them. */
    public static List<WorkingDays.Entry> all() {
        List<WorkingDays.Entry> all = new ArrayList<>(national());
        all.addAll(regional());
        return all;
    }
}
