package org.safeguard.household.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.safeguard.household.ResidentIdNumber;

/**
 * Builds import files for tests: rows keyed by column name, defaults filled in, written as CSV (any charset)
 * or XLSX. ID numbers are fresh for every call (random birth date, sequence 900-999, which the population
 * generator never reaches) and household keys carry a run token, so tests tolerate each other's data.
 */
final class Roster {

    static final SecureRandom RANDOM = new SecureRandom();
    static final String CHUCAI = "420106006001";      // Chucai Community, Zhonghualu Subdistrict (worker's township)
    static final String HUBUXIANG = "420106006002";   // Hubuxiang Community, same township
    static final String GUOMIAN = "420106002006";     // Guomian Community, Yangyuan Subdistrict (outside worker's township)

    private final List<Map<String, String>> rows = new ArrayList<>();
    private final String token = UUID.randomUUID().toString().substring(0, 8);

    static String freshId(String county) {
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(RANDOM.nextInt(365 * 75));
        String first17 = county + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + (900 + RANDOM.nextInt(100));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    static String withWrongCheckDigit(String id) {
        char right = id.charAt(17);
        char wrong = right == '1' ? '2' : '1';
        return id.substring(0, 17) + wrong;
    }

    String key(String local) {
        return token + "-" + local;
    }

    /** A member row of household {@code local} in {@code region}; overrides replace defaults (null clears). */
    Roster member(String local, String region, String relationship, String idNumber, String... overrides) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put(RosterColumns.HOUSEHOLD_KEY, key(local));
        row.put(RosterColumns.REGION_CODE, region);
        row.put(RosterColumns.HUKOU_TYPE, "URBAN");
        row.put(RosterColumns.ADDRESS, "楚材街" + local + "号");
        row.put(RosterColumns.BANK_ACCOUNT, "6228480000000000001");
        row.put(RosterColumns.BANK_NAME, "中国农业银行");
        row.put(RosterColumns.ID_NUMBER, idNumber);
        row.put(RosterColumns.NAME, relationship.equals("HEAD") ? "张伟" : "李娜");
        row.put(RosterColumns.RELATIONSHIP, relationship);
        row.put(RosterColumns.CO_RESIDING, "是");
        row.put(RosterColumns.COUNTED, "Y");
        row.put(RosterColumns.SERIOUS_ILLNESS, "0");
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            row.put(overrides[i], overrides[i + 1]);
        }
        rows.add(row);
        return this;
    }

    /** A household of a head and a spouse, both with fresh ID numbers. */
    Roster couple(String local, String region) {
        return member(local, region, "HEAD", freshId(region.substring(0, 6)))
                .member(local, region, "SPOUSE", freshId(region.substring(0, 6)));
    }

    String id(int row) {
        return rows.get(row).get(RosterColumns.ID_NUMBER);
    }

    int size() {
        return rows.size();
    }

    String csvText() {
        StringBuilder sb = new StringBuilder(String.join(",", RosterColumns.ALL)).append("\r\n");
        for (Map<String, String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : RosterColumns.ALL) {
                cells.add(ImportErrorReport.quote(row.get(c)));
            }
            sb.append(String.join(",", cells)).append("\r\n");
        }
        return sb.toString();
    }

    byte[] csv() {
        return csv(StandardCharsets.UTF_8);
    }

    byte[] csv(Charset charset) {
        return csvText().getBytes(charset);
    }

    byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "Safeguard test", "1.0")) {
            Worksheet sheet = wb.newWorksheet("户籍");
            for (int c = 0; c < RosterColumns.ALL.size(); c++) {
                sheet.value(0, c, RosterColumns.ALL.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < RosterColumns.ALL.size(); c++) {
                    String v = rows.get(r).get(RosterColumns.ALL.get(c));
                    if (v != null) {
                        if (RosterColumns.ALL.get(c).equals(RosterColumns.DISABILITY_GRADE)) {
                            sheet.value(r + 1, c, Integer.parseInt(v));
                        } else {
                            sheet.value(r + 1, c, v);
                        }
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
