package org.safeguard.household;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the facts that end things in the registry: a person's death and a household's dissolution. */
@Repository
class LifeEventStore {

    private final JdbcClient jdbc;

    LifeEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record PersonFacts(UUID personId, LocalDate birthDate, LocalDate dateOfDeath, String deathSource) {
    }

    Optional<PersonFacts> personOfMember(UUID householdId, UUID memberId) {
        return jdbc.sql("""
                select p.id, p.birth_date, p.date_of_death, p.death_source
                from household_member m join person p on p.id = m.person_id
                where m.id = ? and m.household_id = ? and m.active""").params(memberId, householdId)
                .query((rs, i) -> new PersonFacts(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4)))
                .optional();
    }

    void recordDeath(UUID personId, LocalDate dateOfDeath, String source, Instant now) {
        jdbc.sql("update person set date_of_death = ?, death_source = ?, updated_at = ? where id = ?")
                .params(dateOfDeath, source, HouseholdStore.utc(now), personId).update();
    }

    boolean isDissolved(UUID householdId) {
        return jdbc.sql("select dissolved_at is not null from household where id = ?").param(householdId)
                .query(Boolean.class).optional().orElse(false);
    }

    /** Marks the household dissolved if it was not yet; false when another request dissolved it first. */
    boolean markDissolved(UUID householdId, Instant now) {
        return jdbc.sql("""
                update household set dissolved_at = ?, updated_at = ?, version = version + 1
                where id = ? and dissolved_at is null""")
                .params(HouseholdStore.utc(now), HouseholdStore.utc(now), householdId).update() == 1;
    }

    /** Ends every active membership of the household (the head's too) and answers the persons it ended. */
    List<UUID> endAllMemberships(UUID householdId, Instant now) {
        List<UUID> persons = jdbc.sql("select person_id from household_member where household_id = ? and active order by joined_at")
                .param(householdId).query(UUID.class).list();
        jdbc.sql("""
                update household_member set active = false, active_person_id = null, head_household_id = null, left_at = ?
                where household_id = ? and active""").params(HouseholdStore.utc(now), householdId).update();
        return persons;
    }
}
