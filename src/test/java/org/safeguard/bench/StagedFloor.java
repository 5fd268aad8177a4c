package org.safeguard.bench;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staged floor of the DIBAO payroll benchmark: the least work that keeps every guarantee of the product, measured
 * in the same run. A parallel {@code CREATE TABLE AS} of the month's lines (the source's own SELECT, each row with its
 * line id) into an unlogged stage, then resumable chunks (each one transaction that moves a checkpoint) into copies of
 * the line and component tables with all their keys (a line and its non-zero components from the same staged row),
 * then the check that every line is the sum of its components, the totals and the bank-file hash in SQL. The product
 * should come within 1.5 times of it.
 */
final class StagedFloor {

    record Result(long lines, BigDecimal total, double seconds, double stageSeconds, int chunks, double chunkSeconds,
                  double finishSeconds) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final int chunk;

    StagedFloor(JdbcClient jdbc, TransactionTemplate tx, int chunk) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.chunk = chunk;
    }

    Result run(UUID payrollId, YearMonth month, String select, String region) {
        jdbc.sql("drop table if exists bench_floor_stage, bench_floor_lines, bench_floor_components, bench_floor_job").update();
        jdbc.sql("create table bench_floor_lines (like payroll_line including all)").update();
        jdbc.sql("create table bench_floor_components (like payroll_line_component including all)").update();
        jdbc.sql("alter table bench_floor_lines add foreign key (payroll_id) references payroll (id)").update();
        jdbc.sql("create table bench_floor_job (done bigint not null)").update();
        jdbc.sql("insert into bench_floor_job values (0)").update();
        jdbc.sql("checkpoint").update();
        // Literals, not parameters: CREATE TABLE AS is a utility statement and takes none.
        String month1 = "date '" + month.atDay(1) + "'";
        String literal = select.replace(":regionPrefix", "'" + region + "%'").replace(":region", "'" + region + "'")
                .replace(":month", month1).replace(":afterId", "'" + new UUID(0, 0) + "'::uuid")
                .replace(":lastId", "'" + new UUID(-1, -1) + "'::uuid");

        long t0 = System.nanoTime();
        jdbc.sql("create unlogged table bench_floor_stage as select row_number() over (order by s.payee_id) as n, "
                + "payroll_line_id() as line_id, s.* from ("
                + literal + ") s").update();
        jdbc.sql("alter table bench_floor_stage add primary key (n)").update();
        long rows = jdbc.sql("select count(*) from bench_floor_stage").query(Long.class).single();
        long t1 = System.nanoTime();
        int chunks = 0;
        long done = 0;
        while (done < rows) {
            long from = done;
            long to = Math.min(rows, done + chunk);
            tx.executeWithoutResult(s -> {
                long at = jdbc.sql("select done from bench_floor_job for update").query(Long.class).single();
                if (at != from) {
                    throw new IllegalStateException("floor checkpoint moved");
                }
                int written = jdbc.sql("""
                        insert into bench_floor_lines (id, payroll_id, benefit, payee_kind, payee_id, pay_month, line_kind,
                          kind_seq, region_code, payee_name, bank_name, bank_account, amount, change_reason)
                        select s.line_id, ?, 'DIBAO', 'HOUSEHOLD', s.payee_id, ?, 'REGULAR', 1, s.region_code, s.payee_name,
                          s.bank_name, s.bank_account, s.base_amount + s.supplement_amount + s.taper_amount + s.arrears_amount
                          + s.recovery_amount + s.adjustment_amount, s.change_reason
                        from bench_floor_stage s where s.n > ? and s.n <= ?
                        on conflict (benefit, payee_kind, payee_id, pay_month, line_kind, kind_seq)
                          where payment_purpose = 'MONTHLY' do nothing""")
                        .params(payrollId, month.atDay(1), from, to).update();
                if (written != to - from) {
                    throw new IllegalStateException("the floor expects every staged line to be new");
                }
                jdbc.sql("""
                        insert into bench_floor_components (payroll_id, line_id, code, amount)
                        select ?, s.line_id, v.code, v.amount from bench_floor_stage s
                        cross join lateral (values ('BASE', s.base_amount), ('SUPPLEMENT', s.supplement_amount),
                          ('TAPER', s.taper_amount), ('ARREARS', s.arrears_amount), ('RECOVERY', s.recovery_amount),
                          ('ADJUSTMENT', s.adjustment_amount)) v(code, amount)
                        where s.n > ? and s.n <= ? and v.amount <> 0""").params(payrollId, from, to).update();
                jdbc.sql("update bench_floor_job set done = ?").param(to).update();
            });
            done = to;
            chunks++;
        }
        long t2 = System.nanoTime();
        long wrong = jdbc.sql("""
                select (select count(*) from bench_floor_lines l
                        left join (select line_id, sum(amount) as total from bench_floor_components where payroll_id = ?
                                   group by line_id) c on c.line_id = l.id
                        where l.payroll_id = ? and (c.total is null or c.total <> l.amount))
                     + (select count(*) from bench_floor_components c where c.payroll_id = ? and not exists
                        (select 1 from bench_floor_lines l where l.id = c.line_id and l.payroll_id = c.payroll_id))""")
                .params(payrollId, payrollId, payrollId).query(Long.class).single();
        if (wrong != 0) {
            throw new IllegalStateException("floor lines that are not the sum of their components: " + wrong);
        }
        var totals = jdbc.sql("select count(*) as lines, sum(amount) as total from bench_floor_lines").query().singleRow();
        String hash = jdbc.sql("""
                select encode(sha256(decode('efbbbf', 'hex') || convert_to(string_agg(l.id::text || ',DIBAO,' || ? || ','
                  || l.line_kind || ',' || l.payee_kind || ',' || l.payee_id::text || ',' || q.region_code || ','
                  || q.payee_name || ',' || q.bank_name || ',' || q.bank_account || ',' || l.amount::text || ','
                  || q.change_reason || chr(13) || chr(10), '' order by l.id), 'UTF8')), 'hex')
                from bench_floor_lines l cross join lateral (select
                  case when l.region_code <> translate(l.region_code, ',"' || chr(10) || chr(13), '') then '"' || replace(l.region_code, '"', '""') || '"' else l.region_code end as region_code,
                  case when l.payee_name <> translate(l.payee_name, ',"' || chr(10) || chr(13), '') then '"' || replace(l.payee_name, '"', '""') || '"' else l.payee_name end as payee_name,
                  case when coalesce(l.bank_name, '') <> translate(coalesce(l.bank_name, ''), ',"' || chr(10) || chr(13), '') then '"' || replace(l.bank_name, '"', '""') || '"' else coalesce(l.bank_name, '') end as bank_name,
                  case when l.bank_account <> translate(l.bank_account, ',"' || chr(10) || chr(13), '') then '"' || replace(l.bank_account, '"', '""') || '"' else l.bank_account end as bank_account,
                  case when coalesce(l.change_reason, '') <> translate(coalesce(l.change_reason, ''), ',"' || chr(10) || chr(13), '') then '"' || replace(l.change_reason, '"', '""') || '"' else coalesce(l.change_reason, '') end as change_reason) q""")
                .param(month.toString()).query(String.class).single();
        long t3 = System.nanoTime();
        if (hash == null || hash.length() != 64) {
            throw new IllegalStateException("floor hash missing");
        }
        jdbc.sql("drop table bench_floor_stage, bench_floor_lines, bench_floor_components, bench_floor_job").update();
        return new Result(((Number) totals.get("lines")).longValue(), (BigDecimal) totals.get("total"), (t3 - t0) / 1e9,
                (t1 - t0) / 1e9, chunks, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
    }
}
