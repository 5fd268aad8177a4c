package org.safeguard.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.safeguard.household.ResidentIdNumber;

/**
 * Fills PostgreSQL with a large registry fast (COPY), for the search benchmark only. Persons get valid
 * ID numbers whose county matches their community; names are common Chinese names.
 */
final class BulkSeeder {

    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
            "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"};
    static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
            "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "文", "华", "红", "玉兰", "志强", "海燕", "小明", "子涵", "浩然", "欣怡"};

    private BulkSeeder() {
    }

    /** Appends households until the registry holds at least {@code persons} active members. */
    static void seed(DataSource dataSource, List<String> communities, int households, long offset, long seed) throws SQLException, IOException {
        Random random = new Random(seed);
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            int batch = 20_000;
            for (int start = 0; start < households; start += batch) {
                int n = Math.min(batch, households - start);
                StringBuilder hh = new StringBuilder(n * 120);
                StringBuilder persons = new StringBuilder(n * 3 * 140);
                StringBuilder members = new StringBuilder(n * 3 * 160);
                for (int i = 0; i < n; i++) {
                    long serial = offset + start + i;
                    String community = communities.get(random.nextInt(communities.size()));
                    UUID household = UUID.randomUUID();
                    hh.append(household).append('\t').append(community).append('\t')
                            .append(community.startsWith("420281") ? "RURAL" : "URBAN").append('\t')
                            .append("合成地址 ").append(serial).append(" 号\t2026-01-01 00:00:00+00\t2026-01-01 00:00:00+00\t0\n");
                    int size = 1 + random.nextInt(4);
                    for (int m = 0; m < size; m++) {
                        UUID person = UUID.randomUUID();
                        // Birth date and sequence digits both derive from a unique serial, so ID numbers never repeat.
                        long unique = serial * 4 + m;
                        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(unique % 29_000);
                        String first17 = community.substring(0, 6) + birth.toString().replace("-", "")
                                + String.format("%03d", (unique / 29_000) % 1000);
                        String sexDigit = first17;
                        String id = first17 + ResidentIdNumber.checkCharacter(first17);
                        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
                        persons.append(person).append('\t').append(id).append('\t').append(name).append('\t')
                                .append((sexDigit.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE").append('\t').append(birth)
                                .append('\t').append("13").append(String.format("%09d", unique % 1_000_000_000L))
                                .append('\t').append(community).append("\tf\t2026-01-01 00:00:00+00\t2026-01-01 00:00:00+00\n");
                        boolean head = m == 0;
                        members.append(UUID.randomUUID()).append('\t').append(household).append('\t').append(person).append('\t')
                                .append(head ? "HEAD" : m == 1 ? "SPOUSE" : "CHILD").append("\tt\tt\tt\t").append(person)
                                .append('\t').append(head ? household.toString() : "\\N").append("\t2026-01-01 00:00:00+00\n");
                    }
                }
                copy.copyIn("copy household (id, region_code, hukou_type, address, created_at, updated_at, version) from stdin",
                        new StringReader(hh.toString()));
                copy.copyIn("copy person (id, id_number, name, sex, birth_date, phone, residence_region, serious_illness, created_at, updated_at) from stdin",
                        new StringReader(persons.toString()));
                copy.copyIn("copy household_member (id, household_id, person_id, relationship, co_residing, counted, active, active_person_id, head_household_id, joined_at) from stdin",
                        new StringReader(members.toString()));
            }
        }
    }
}
