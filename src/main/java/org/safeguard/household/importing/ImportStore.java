package org.safeguard.household.importing;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.safeguard.household.Relationship;
import org.safeguard.household.ValidHousehold;
import org.safeguard.household.ValidMember;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Bulk SQL for the import: look-ups in chunks (never one query per row) and JDBC batch inserts. The same
 * tables and constraints as the registry's own store; the constraints still guard every row.
 */
@Repository
class ImportStore {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportStore.class);

    /** Rows per JDBC batch; with reWriteBatchedInserts PostgreSQL turns them into multi-row inserts. */
    static final int BATCH = 5000;
    private static final int LOOKUP_CHUNK = 1000;

    private final JdbcTemplate jdbc;

    ImportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A person already in the registry: its id and whether it is an active member of some household. */
    record KnownPerson(UUID id, boolean active) {
    }

    Set<String> existingImportKeys(Collection<String> keys) {
        Set<String> found = new HashSet<>();
        lookUp("select import_key from household where import_key", keys, rs -> {
            found.add(rs.getString(1));
        });
        return found;
    }

    Map<String, KnownPerson> knownPersons(Collection<String> idNumbers) {
        Map<String, KnownPerson> found = new HashMap<>();
        lookUp("""
                select p.id_number, p.id, m.id from person p left join household_member m on m.active_person_id = p.id
                where p.id_number""", idNumbers, rs -> {
            found.put(rs.getString(1), new KnownPerson(rs.getObject(2, UUID.class), rs.getObject(3) != null));
        });
        return found;
    }

    /**
     * Runs {@code sql} (ending in the column to match) for all values, in chunks: on PostgreSQL one array
     * parameter per 10,000 values ({@code = any(?)}), elsewhere IN lists of 1,000 placeholders.
     */
    private void lookUp(String sql, Collection<String> values, org.springframework.jdbc.core.RowCallbackHandler handler) {
        if (values.isEmpty()) {
            return;
        }
        boolean postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> PostgresCopy.supports(c)));
        int chunkSize = postgres ? 10 * LOOKUP_CHUNK : LOOKUP_CHUNK;
        List<String> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += chunkSize) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + chunkSize));
            if (postgres) {
                jdbc.query(c -> {
                    PreparedStatement ps = c.prepareStatement(sql + " = any(?)");
                    ps.setArray(1, c.createArrayOf("varchar", chunk.toArray()));
                    return ps;
                }, handler);
            } else {
                jdbc.query(sql + " in (" + "?" + ",?".repeat(chunk.size() - 1) + ")", handler, chunk.toArray());
            }
        }
    }

    /** A household ready to insert, its members paired with the existing person id when the person is known. */
    record NewHousehold(UUID id, String importKey, ValidHousehold household, List<UUID> existingPersonIds) {
    }

    /** Inserts the households, their new persons and memberships; updates known persons. Returns persons inserted. */
    int insert(List<NewHousehold> households, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        List<NewHousehold> chunk = new ArrayList<>(BATCH);
        int persons = 0;
        for (NewHousehold h : households) {
            chunk.add(h);
            if (chunk.size() == BATCH) {
                persons += insertChunk(chunk, at);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            persons += insertChunk(chunk, at);
        }
        return persons;
    }

    private record PersonRef(UUID personId, UUID householdId, String residence, ValidMember member) {
    }

    private int insertChunk(List<NewHousehold> chunk, OffsetDateTime at) {
        Integer copied = jdbc.execute((java.sql.Connection c) -> PostgresCopy.supports(c) ? copyChunk(c, chunk, at) : null);
        return copied != null ? copied : batchChunk(chunk, at);
    }

    private static final String HOUSEHOLD_COLUMNS = "id, region_code, hukou_type, address, bank_account, bank_name, import_key, created_at, updated_at, version";
    private static final String PERSON_COLUMNS = "id, id_number, name, sex, birth_date, phone, hukou_region, residence_region, "
            + "disability_category, disability_grade, serious_illness, labour_ability, employment_status, schooling, created_at, updated_at";
    private static final String MEMBER_COLUMNS = "id, household_id, person_id, relationship, co_residing, counted, exclusion_reason, "
            + "active, active_person_id, head_household_id, joined_at";

    /** The same rows as {@link #batchChunk}, loaded with COPY. */
    private int copyChunk(java.sql.Connection connection, List<NewHousehold> chunk, OffsetDateTime at) throws SQLException {
        long t0 = System.nanoTime();
        String time = at.toString();
        StringBuilder households = new StringBuilder(chunk.size() * 160);
        StringBuilder persons = new StringBuilder(chunk.size() * 400);
        StringBuilder members = new StringBuilder(chunk.size() * 400);
        List<PersonRef> known = new ArrayList<>();
        int fresh = 0;
        for (NewHousehold h : chunk) {
            ValidHousehold v = h.household();
            row(households, h.id(), v.region().value(), v.hukouType().name(), v.address(), v.bankAccount(), v.bankName(),
                    h.importKey(), time, time, 0);
            List<ValidMember> list = v.members();
            for (int i = 0; i < list.size(); i++) {
                ValidMember m = list.get(i);
                UUID existing = h.existingPersonIds().get(i);
                UUID person = existing == null ? UUID.randomUUID() : existing;
                if (existing == null) {
                    fresh++;
                    row(persons, person, m.idNumber().value(), m.name(), m.idNumber().sex().name(), m.idNumber().birthDate(),
                            m.phone(), m.hukouRegion() == null ? null : m.hukouRegion().value(), v.region().value(),
                            name(m.disabilityCategory()), m.disabilityGrade(), m.seriousIllness(), name(m.labourAbility()),
                            name(m.employmentStatus()), name(m.schooling()), time, time);
                } else {
                    known.add(new PersonRef(person, h.id(), v.region().value(), m));
                }
                row(members, UUID.randomUUID(), h.id(), person, m.relationship().name(), m.coResiding(), m.counted(),
                        name(m.exclusionReason()), true, person, m.relationship() == Relationship.HEAD ? h.id() : null, time);
            }
        }
        PostgresCopy.copy(connection, "household", HOUSEHOLD_COLUMNS, households);
        long t1 = System.nanoTime();
        if (fresh > 0) {
            PostgresCopy.copy(connection, "person", PERSON_COLUMNS, persons);
        }
        if (!known.isEmpty()) {
            updateKnown(known, at);
        }
        long t2 = System.nanoTime();
        PostgresCopy.copy(connection, "household_member", MEMBER_COLUMNS, members);
        long t3 = System.nanoTime();
        if (log.isTraceEnabled()) {
            log.trace("chunk (copy): households {} ms, persons {} ms, members {} ms", (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
        }
        return fresh;
    }

    private static void row(StringBuilder sb, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            PostgresCopy.cell(sb, cells[i]);
        }
        sb.append('\n');
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private int batchChunk(List<NewHousehold> chunk, OffsetDateTime at) {
        long t0 = System.nanoTime();
        jdbc.batchUpdate("""
                insert into household (id, region_code, hukou_type, address, bank_account, bank_name, import_key,
                    created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                chunk, chunk.size(), (ps, h) -> {
                    ValidHousehold v = h.household();
                    ps.setObject(1, h.id());
                    ps.setString(2, v.region().value());
                    ps.setString(3, v.hukouType().name());
                    ps.setString(4, v.address());
                    ImportStatements.string(ps, 5, v.bankAccount());
                    ImportStatements.string(ps, 6, v.bankName());
                    ps.setString(7, h.importKey());
                    ps.setObject(8, at);
                    ps.setObject(9, at);
                });
        long t1 = System.nanoTime();
        List<PersonRef> fresh = new ArrayList<>();
        List<PersonRef> known = new ArrayList<>();
        List<PersonRef> all = new ArrayList<>();
        for (NewHousehold h : chunk) {
            List<ValidMember> members = h.household().members();
            for (int i = 0; i < members.size(); i++) {
                UUID existing = h.existingPersonIds().get(i);
                PersonRef ref = new PersonRef(existing == null ? UUID.randomUUID() : existing, h.id(),
                        h.household().region().value(), members.get(i));
                (existing == null ? fresh : known).add(ref);
                all.add(ref);
            }
        }
        if (!fresh.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into person (id, id_number, name, sex, birth_date, phone, hukou_region, residence_region,
                        disability_category, disability_grade, serious_illness, labour_ability, employment_status, schooling,
                        created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    fresh, fresh.size(), (ps, p) -> {
                        ValidMember m = p.member();
                        ps.setObject(1, p.personId());
                        ps.setString(2, m.idNumber().value());
                        ps.setString(3, m.name());
                        ps.setString(4, m.idNumber().sex().name());
                        ps.setObject(5, m.idNumber().birthDate());
                        ImportStatements.string(ps, 6, m.phone());
                        ImportStatements.string(ps, 7, m.hukouRegion() == null ? null : m.hukouRegion().value());
                        ps.setString(8, p.residence());
                        ImportStatements.personDetails(ps, 9, m);
                        ps.setObject(15, at);
                        ps.setObject(16, at);
                    });
        }
        if (!known.isEmpty()) {
            updateKnown(known, at);
        }
        long t2 = System.nanoTime();
        jdbc.batchUpdate("""
                insert into household_member (id, household_id, person_id, relationship, co_residing, counted,
                    exclusion_reason, active, active_person_id, head_household_id, joined_at)
                values (?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?)""",
                all, all.size(), (ps, p) -> {
                    ValidMember m = p.member();
                    ps.setObject(1, UUID.randomUUID());
                    ps.setObject(2, p.householdId());
                    ps.setObject(3, p.personId());
                    ps.setString(4, m.relationship().name());
                    ps.setBoolean(5, m.coResiding());
                    ps.setBoolean(6, m.counted());
                    ImportStatements.string(ps, 7, m.exclusionReason() == null ? null : m.exclusionReason().name());
                    ps.setObject(8, p.personId());
                    if (m.relationship() == Relationship.HEAD) {
                        ps.setObject(9, p.householdId());
                    } else {
                        ps.setNull(9, Types.OTHER);
                    }
                    ps.setObject(10, at);
                });
        long t3 = System.nanoTime();
        if (log.isTraceEnabled()) {
            log.trace("chunk: households {} ms, persons {} ms, members {} ms", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    (t3 - t2) / 1_000_000);
        }
        return fresh.size();
    }

    private void updateKnown(List<PersonRef> known, OffsetDateTime at) {
        jdbc.batchUpdate("""
                update person set name = ?, phone = ?, hukou_region = ?, residence_region = ?, disability_category = ?,
                    disability_grade = ?, serious_illness = ?, labour_ability = ?, employment_status = ?, schooling = ?,
                    updated_at = ? where id = ?""",
                known, known.size(), (ps, p) -> {
                    ValidMember m = p.member();
                    ps.setString(1, m.name());
                    ImportStatements.string(ps, 2, m.phone());
                    ImportStatements.string(ps, 3, m.hukouRegion() == null ? null : m.hukouRegion().value());
                    ps.setString(4, p.residence());
                    ImportStatements.personDetails(ps, 5, m);
                    ps.setObject(11, at);
                    ps.setObject(12, p.personId());
                });
    }
}
