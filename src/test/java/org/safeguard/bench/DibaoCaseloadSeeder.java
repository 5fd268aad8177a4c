package org.safeguard.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A large dibao caseload on PostgreSQL for benchmarks, written set-based in SQL: households (each with one head who
 * has a bank account) spread over the Wuchang communities, each enrolled from 2020-01 with an entitlement whose
 * assessed facts are real JSON (one counted adult, income 1,200 over six months), so the payroll and the caseload
 * stream ({@code ActiveDibaoCaseload}) read it like any other. Rows carry {@code source_ref = 'bench:dibao'};
 * {@link #seed} keeps an existing caseload of the right size, so the seeded database can be reused.
 */
public final class DibaoCaseloadSeeder {

    /** The region the seeded caseload lives in (its communities). */
    public static final String REGION = "420106000000";
    public static final String MARK = "bench:dibao";

    private DibaoCaseloadSeeder() {
    }

    /** Seeds {@code households} bench households unless exactly that many are there; returns true when it seeded. */
    public static boolean seed(JdbcClient jdbc, int households) {
        long have = jdbc.sql("select count(*) from dibao_beneficiary where source_ref = ?").param(MARK).query(Long.class).single();
        if (have == households) {
            return false;
        }
        jdbc.sql("delete from dibao_entitlement where household_id in (select household_id from dibao_beneficiary where source_ref = ?)")
                .param(MARK).update();
        jdbc.sql("delete from dibao_transition where household_id in (select household_id from dibao_beneficiary where source_ref = ?)")
                .param(MARK).update();
        jdbc.sql("create temporary table bench_ids as select household_id from dibao_beneficiary where source_ref = ?")
                .param(MARK).update();
        jdbc.sql("delete from dibao_beneficiary where source_ref = ?").param(MARK).update();
        jdbc.sql("delete from household_member where household_id in (select household_id from bench_ids)").update();
        jdbc.sql("delete from person where id_number like 'B%' and name = '基准户主'").update();
        jdbc.sql("delete from household where id in (select household_id from bench_ids)").update();
        jdbc.sql("drop table bench_ids").update();

        jdbc.sql("drop table if exists bench_seed").update();
        jdbc.sql("""
                create unlogged table bench_seed as
                select g, gen_random_uuid() as household, gen_random_uuid() as person,
                  (array['420106006001','420106006002','420106002006','420106002901','420106001901','420106001902'])[g % 6 + 1] as community
                from generate_series(1, ?) g""").param(households).update();
        jdbc.sql("""
                insert into household (id, region_code, hukou_type, address, bank_account, bank_name, created_at, updated_at)
                select household, community, 'URBAN', '基准地址 ' || g || ' 号', '62220300' || lpad(g::text, 11, '0'), '基准银行', now(), now()
                from bench_seed""").update();
        jdbc.sql("""
                insert into person (id, id_number, name, sex, birth_date, created_at, updated_at)
                select person, 'B' || lpad(g::text, 17, '0'), '基准户主', 'FEMALE', date '1975-01-01', now(), now() from bench_seed""").update();
        jdbc.sql("""
                insert into household_member (id, household_id, person_id, relationship, co_residing, counted, active,
                  active_person_id, head_household_id, joined_at)
                select gen_random_uuid(), household, person, 'HEAD', true, true, true, person, household, now() from bench_seed""").update();
        jdbc.sql("""
                insert into dibao_beneficiary (household_id, region_code, hukou_type, state, source, source_ref, decided_on,
                  first_month, income_unstable, next_review_date, counted_members, created_at, updated_at)
                select household, community, 'URBAN', 'ACTIVE', 'MIGRATION', ?, date '2019-12-15', date '2020-01-01', false,
                  date '2030-12-15', 1, now(), now() from bench_seed""").param(MARK).update();
        jdbc.sql("""
                insert into dibao_entitlement (household_id, from_month, base_amount, supplement_amount, taper_amount,
                  monthly_amount, overridden, facts_json, reason, decided_by, decided_at)
                select household, date '2020-01-01', 300 + g % 500, (g % 3) * 20, 0, 300 + g % 500 + (g % 3) * 20, false,
                  '{"hukouType":"URBAN","members":[{"ref":"' || person || '","birthDate":"1975-01-01","counted":true,'
                  || '"exclusionReason":null,"disabilityGrade":null,"seriousIllness":false,"incomes":[{"type":"WAGE","amount":1200}]}],'
                  || '"assets":[],"deductions":[]}', 'ENROLLED', 'bench', now()
                from bench_seed""").update();
        jdbc.sql("drop table bench_seed").update();
        for (String table : new String[] {"household", "person", "household_member", "dibao_beneficiary", "dibao_entitlement"}) {
            // After a bulk load: set hint bits and the visibility map now, not during the first timed payroll.
            jdbc.sql("vacuum analyze " + table).update();
        }
        return true;
    }
}
