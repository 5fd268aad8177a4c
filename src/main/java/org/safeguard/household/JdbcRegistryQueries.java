package org.safeguard.household;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link RegistryQueries} over the registry's own published views, so the views are exercised by every caller. */
@Service
@Transactional(readOnly = true)
class JdbcRegistryQueries implements RegistryQueries {

    private final JdbcClient jdbc;

    JdbcRegistryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<HouseholdSummary> household(UUID householdId) {
        return jdbc.sql("""
                select household_id, region_code, hukou_type, head_person_id, head_name, dissolved, bank_account is not null
                from registry_household_payee_v where household_id = ?""").param(householdId)
                .query((rs, i) -> new HouseholdSummary(rs.getObject(1, UUID.class), rs.getString(2),
                        HukouType.valueOf(rs.getString(3)), rs.getObject(4, UUID.class), rs.getString(5), rs.getBoolean(6),
                        rs.getBoolean(7)))
                .optional();
    }

    @Override
    public List<Member> activeMembers(UUID householdId) {
        return jdbc.sql("""
                select person_id, relationship, counted, exclusion_reason, birth_date, date_of_death, disability_grade,
                  serious_illness
                from registry_member_v where household_id = ? order by relationship <> 'HEAD', person_id""")
                .param(householdId)
                .query((rs, i) -> new Member(rs.getObject(1, UUID.class), Relationship.valueOf(rs.getString(2)),
                        rs.getBoolean(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, Integer.class), rs.getBoolean(8)))
                .list();
    }

    @Override
    public long householdCount() {
        return jdbc.sql("select count(*) from registry_household_payee_v").query(Long.class).single();
    }
}
