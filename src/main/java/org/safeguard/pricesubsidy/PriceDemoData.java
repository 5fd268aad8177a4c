package org.safeguard.pricesubsidy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.safeguard.household.ResidentIdNumber;
import org.safeguard.region.RegionCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data (only with {@code safeguard.demo.enabled}, only once): a small ILLUSTRATIVE list of unemployment-insurance
 * recipients in Wuchang from the human-resources department, one of them without a bank account so the exception list
 * has something to show. The national series itself is reference data ({@link PriceStartupData}).
 */
@Component
class PriceDemoData {

    private static final Logger log = LoggerFactory.getLogger(PriceDemoData.class);
    static final UUID DEMO_IMPORT = UUID.fromString("7b1e2c30-0000-4000-8000-000000000420");
    private static final List<String[]> ROWS = List.of(
            new String[]{"19800312", "101", "陈静", "420106006001", "6222021001000000011"},
            new String[]{"19750621", "102", "周强", "420106006001", "6222021001000000029"},
            new String[]{"19881105", "103", "吴敏", "420106006002", "6222021001000000037"},
            new String[]{"19690918", "104", "郑伟", "420106006002", "6222021001000000045"},
            new String[]{"19920227", "105", "孙丽", "420106006002", null});

    private final JdbcClient jdbc;
    private final RegionCatalog regions;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean demoEnabled;

    PriceDemoData(JdbcClient jdbc, RegionCatalog regions, TransactionTemplate transactions, Clock clock,
                  @Value("${safeguard.demo.enabled:false}") boolean demoEnabled) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.transactions = transactions;
        this.clock = clock;
        this.demoEnabled = demoEnabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    public void load() {
        if (!demoEnabled || !regions.exists("420106006002")) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            if (jdbc.sql("select count(*) from price_group_import where id = ?").param(DEMO_IMPORT).query(Long.class).single() > 0) {
                return;
            }
            jdbc.sql("""
                    insert into price_group_import (id, region_code, group_code, department, file_name, row_count, imported_by, imported_at)
                    values (?, '420106000000', 'UNEMPLOYMENT_INSURANCE', ?, 'demo-unemployment-insurance.csv', ?, 'system', ?)""")
                    .params(DEMO_IMPORT, "武昌区人力资源和社会保障局（演示）", ROWS.size(), PriceStore.ts(clock.instant())).update();
            for (String[] r : ROWS) {
                String first17 = "420106" + r[0] + r[1];
                String id = first17 + ResidentIdNumber.checkCharacter(first17);
                jdbc.sql("""
                        insert into price_group_member (import_id, person_id, id_number, name, region_code, group_code, urban_rural,
                          valid_from, valid_to, bank_name, bank_account, department)
                        values (?, ?, ?, ?, ?, 'UNEMPLOYMENT_INSURANCE', 'URBAN', ?, ?, ?, ?, ?)""")
                        .params(DEMO_IMPORT, GroupListImport.derivedId(id), id, r[2], r[3], LocalDate.of(2019, 1, 1),
                                LocalDate.of(2022, 12, 1), r[4] == null ? null : "中国工商银行（演示）", r[4],
                                "武昌区人力资源和社会保障局（演示）").update();
            }
            log.info("Loaded the demo price-subsidy list (ILLUSTRATIVE unemployment-insurance recipients in Wuchang)");
        });
    }
}
