package org.safeguard.household;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.safeguard.shared.Masking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the registry. Scope filtering happens in the callers, which pass the caller's LIKE pattern. */
@Repository
class HouseholdStore {

    private final JdbcClient jdbc;

    HouseholdStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record PersonRow(UUID id, String idNumber, String phone, Optional<UUID> activeHouseholdId) {
    }

    record MemberRow(UUID memberId, UUID householdId, UUID personId, String idNumber, String name, String phone,
                     Relationship relationship, boolean counted) {
    }

    Optional<PersonRow> findPerson(String idNumber) {
        return jdbc.sql("""
                select p.id, p.id_number, p.phone, m.household_id from person p
                left join household_member m on m.active_person_id = p.id
                where p.id_number = ?""").param(idNumber)
                .query((rs, i) -> new PersonRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        Optional.ofNullable(rs.getObject(4, UUID.class)))).optional();
    }

    UUID upsertPerson(ValidMember m, String residenceRegion, Instant now) {
        Optional<PersonRow> existing = findPerson(m.idNumber().value());
        if (existing.isPresent()) {
            jdbc.sql("""
                    update person set name = ?, phone = ?, hukou_region = ?, residence_region = ?, disability_category = ?,
                        disability_grade = ?, serious_illness = ?, labour_ability = ?, employment_status = ?, schooling = ?,
                        updated_at = ? where id = ?""")
                    .params(m.name(), m.phone(), code(m.hukouRegion()), residenceRegion, name(m.disabilityCategory()),
                            m.disabilityGrade(), m.seriousIllness(), name(m.labourAbility()), name(m.employmentStatus()),
                            name(m.schooling()), utc(now), existing.get().id())
                    .update();
            return existing.get().id();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into person (id, id_number, name, sex, birth_date, phone, hukou_region, residence_region,
                    disability_category, disability_grade, serious_illness, labour_ability, employment_status, schooling,
                    created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, m.idNumber().value(), m.name(), m.idNumber().sex().name(), m.idNumber().birthDate(), m.phone(),
                        code(m.hukouRegion()), residenceRegion, name(m.disabilityCategory()), m.disabilityGrade(),
                        m.seriousIllness(), name(m.labourAbility()), name(m.employmentStatus()), name(m.schooling()),
                        utc(now), utc(now))
                .update();
        return id;
    }

    void insertHousehold(UUID id, ValidHousehold h, Instant now) {
        jdbc.sql("""
                insert into household (id, region_code, hukou_type, address, bank_account, bank_name, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, h.region().value(), h.hukouType().name(), h.address(), h.bankAccount(), h.bankName(),
                        utc(now), utc(now))
                .update();
    }

    /** Updates the household's own fields if the version still matches; returns false when it did not. */
    boolean updateHousehold(UUID id, int expectedVersion, ValidHousehold h, Instant now) {
        return jdbc.sql("""
                update household set region_code = ?, hukou_type = ?, address = ?, bank_account = ?, bank_name = ?,
                    updated_at = ?, version = version + 1
                where id = ? and version = ?""")
                .params(h.region().value(), h.hukouType().name(), h.address(), h.bankAccount(), h.bankName(), utc(now),
                        id, expectedVersion)
                .update() == 1;
    }

    void touch(UUID householdId, Instant now) {
        jdbc.sql("update household set updated_at = ?, version = version + 1 where id = ?").params(utc(now), householdId).update();
    }

    void insertMember(UUID householdId, UUID personId, ValidMember m, Instant now) {
        boolean head = m.relationship() == Relationship.HEAD;
        jdbc.sql("""
                insert into household_member (id, household_id, person_id, relationship, co_residing, counted,
                    exclusion_reason, active, active_person_id, head_household_id, joined_at)
                values (?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?)""")
                .params(UUID.randomUUID(), householdId, personId, m.relationship().name(), m.coResiding(), m.counted(),
                        name(m.exclusionReason()), personId, head ? householdId : null, utc(now))
                .update();
    }

    void updateMembership(UUID memberId, UUID householdId, ValidMember m) {
        boolean head = m.relationship() == Relationship.HEAD;
        jdbc.sql("""
                update household_member set relationship = ?, co_residing = ?, counted = ?, exclusion_reason = ?,
                    head_household_id = ? where id = ?""")
                .params(m.relationship().name(), m.coResiding(), m.counted(), name(m.exclusionReason()),
                        head ? householdId : null, memberId)
                .update();
    }

    void endMembership(UUID memberId, Instant now) {
        jdbc.sql("""
                update household_member set active = false, active_person_id = null, head_household_id = null, left_at = ?
                where id = ? and active""").params(utc(now), memberId).update();
    }

    Optional<String> regionOf(UUID householdId) {
        return jdbc.sql("select region_code from household where id = ?").param(householdId).query(String.class).optional();
    }

    List<MemberRow> activeMembers(UUID householdId) {
        return jdbc.sql("""
                select m.id, m.household_id, m.person_id, p.id_number, p.name, p.phone, m.relationship, m.counted
                from household_member m join person p on p.id = m.person_id
                where m.household_id = ? and m.active order by m.joined_at, p.id_number""")
                .param(householdId)
                .query((rs, i) -> new MemberRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getString(6),
                        Relationship.valueOf(rs.getString(7)), rs.getBoolean(8)))
                .list();
    }

    Optional<String> bankAccount(UUID householdId) {
        return jdbc.sql("select bank_account from household where id = ?").param(householdId).query(String.class).optional();
    }

    Optional<HouseholdView> load(UUID id) {
        Optional<HouseholdView> head = jdbc.sql("select * from household where id = ?").param(id)
                .query((rs, i) -> new HouseholdView(rs.getObject("id", UUID.class), rs.getString("region_code"),
                        HukouType.valueOf(rs.getString("hukou_type")), rs.getString("address"),
                        Masking.bankAccount(rs.getString("bank_account")), rs.getString("bank_name"), rs.getInt("version"),
                        instant(rs, "created_at"), instant(rs, "updated_at"), List.of()))
                .optional();
        return head.map(h -> new HouseholdView(h.id(), h.regionCode(), h.hukouType(), h.address(), h.bankAccountMasked(),
                h.bankName(), h.version(), h.createdAt(), h.updatedAt(), members(id)));
    }

    private List<MemberView> members(UUID householdId) {
        return jdbc.sql("""
                select m.id as member_id, m.relationship, m.co_residing, m.counted, m.exclusion_reason, p.*
                from household_member m join person p on p.id = m.person_id
                where m.household_id = ? and m.active
                order by case when m.relationship = 'HEAD' then 0 else 1 end, m.joined_at, p.birth_date""")
                .param(householdId).query(HouseholdStore::mapMember).list();
    }

    SearchPage search(SearchCriteria c, String scopePattern) {
        StringBuilder sql = new StringBuilder("""
                select h.id as household_id, h.region_code, h.hukou_type, m.id as member_id, p.name, p.id_number, p.phone,
                    m.relationship, (select count(*) from household_member mm where mm.household_id = h.id and mm.active) as member_count
                from person p
                join household_member m on m.active_person_id = p.id
                join household h on h.id = m.household_id
                where h.region_code like ?""");
        List<Object> params = new ArrayList<>();
        params.add(scopePattern);
        if (c.regionCode() != null) {
            sql.append(" and h.region_code like ?");
            params.add(c.regionCode());
        }
        if (c.idNumber() != null) {
            sql.append(" and p.id_number = ?");
            params.add(c.idNumber());
        }
        if (c.phone() != null) {
            sql.append(" and p.phone = ?");
            params.add(c.phone());
        }
        if (c.name() != null) {
            sql.append(" and p.name like ?");
            String escaped = c.name().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            params.add(c.nameMatch() == SearchCriteria.NameMatch.CONTAINS ? "%" + escaped + "%" : escaped + "%");
        }
        sql.append(c.name() != null ? " order by p.name, p.id" : " order by h.region_code, h.id, m.relationship");
        sql.append(" limit ? offset ?");
        params.add(c.size() + 1);
        params.add((long) c.page() * c.size());
        List<SearchHit> hits = jdbc.sql(sql.toString()).params(params)
                .query((rs, i) -> new SearchHit(rs.getObject("household_id", UUID.class), rs.getString("region_code"),
                        HukouType.valueOf(rs.getString("hukou_type")), rs.getObject("member_id", UUID.class),
                        rs.getString("name"), Masking.idNumber(rs.getString("id_number")),
                        Masking.phone(rs.getString("phone")), Relationship.valueOf(rs.getString("relationship")),
                        rs.getInt("member_count")))
                .list();
        boolean hasNext = hits.size() > c.size();
        return new SearchPage(hasNext ? hits.subList(0, c.size()) : hits, c.page(), c.size(), hasNext);
    }

    long countHouseholds(String scopePattern) {
        return jdbc.sql("select count(*) from household where region_code like ? and dissolved_at is null").param(scopePattern).query(Long.class).single();
    }

    long countPersons(String scopePattern) {
        return jdbc.sql("""
                select count(*) from household_member m join household h on h.id = m.household_id
                where m.active and h.region_code like ?""").param(scopePattern).query(Long.class).single();
    }

    /** The stored household as a draft (unmasked), so a partial edit can be merged and revalidated. */
    Optional<HouseholdDraft> draftOf(UUID householdId) {
        List<MemberDraft> members = jdbc.sql("""
                select p.id_number, p.name, m.relationship, m.co_residing, m.counted, m.exclusion_reason, p.phone,
                    p.disability_category, p.disability_grade, p.serious_illness, p.labour_ability, p.employment_status,
                    p.schooling, p.hukou_region
                from household_member m join person p on p.id = m.person_id
                where m.household_id = ? and m.active order by m.joined_at, p.id_number""")
                .param(householdId)
                .query((rs, i) -> {
                    int grade = rs.getInt("disability_grade");
                    Integer g = rs.wasNull() ? null : grade;
                    return new MemberDraft(rs.getString("id_number"), rs.getString("name"), rs.getString("relationship"),
                            rs.getBoolean("co_residing"), rs.getBoolean("counted"), rs.getString("exclusion_reason"),
                            rs.getString("phone"), rs.getString("disability_category"), g, rs.getBoolean("serious_illness"),
                            rs.getString("labour_ability"), rs.getString("employment_status"), rs.getString("schooling"),
                            rs.getString("hukou_region"));
                }).list();
        return jdbc.sql("select region_code, hukou_type, address, bank_account, bank_name from household where id = ?")
                .param(householdId)
                .query((rs, i) -> new HouseholdDraft(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), members))
                .optional();
    }

    int version(UUID householdId) {
        return jdbc.sql("select version from household where id = ?").param(householdId).query(Integer.class).single();
    }

    private static MemberView mapMember(ResultSet rs, int i) throws SQLException {
        String exclusion = rs.getString("exclusion_reason");
        String category = rs.getString("disability_category");
        int grade = rs.getInt("disability_grade");
        Integer disabilityGrade = rs.wasNull() ? null : grade;
        String labour = rs.getString("labour_ability");
        String employment = rs.getString("employment_status");
        String schooling = rs.getString("schooling");
        return new MemberView(rs.getObject("member_id", UUID.class), rs.getObject("id", UUID.class),
                Masking.idNumber(rs.getString("id_number")), rs.getString("name"), Sex.valueOf(rs.getString("sex")),
                rs.getObject("birth_date", LocalDate.class), Masking.phone(rs.getString("phone")),
                Relationship.valueOf(rs.getString("relationship")), rs.getBoolean("co_residing"), rs.getBoolean("counted"),
                exclusion == null ? null : ExclusionReason.valueOf(exclusion),
                category == null ? null : DisabilityCategory.valueOf(category), disabilityGrade,
                rs.getBoolean("serious_illness"), labour == null ? null : LabourAbility.valueOf(labour),
                employment == null ? null : EmploymentStatus.valueOf(employment),
                schooling == null ? null : Schooling.valueOf(schooling), rs.getString("hukou_region"),
                rs.getObject("date_of_death", LocalDate.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String code(org.safeguard.shared.RegionCode code) {
        return code == null ? null : code.value();
    }
}
