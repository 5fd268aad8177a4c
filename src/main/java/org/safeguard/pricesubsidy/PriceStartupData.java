package org.safeguard.pricesubsidy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First start: the national CPI series is reference data and is loaded (and every month evaluated for every
 * region) whenever the index table is empty, demo or not; after the region tree and the calendar (order 20).
 */
@Component
class PriceStartupData {

    private static final Logger log = LoggerFactory.getLogger(PriceStartupData.class);

    private final PriceStore store;
    private final PriceIndices indices;
    private final TransactionTemplate transactions;

    PriceStartupData(PriceStore store, PriceIndices indices, TransactionTemplate transactions) {
        this.store = store;
        this.indices = indices;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    public void load() {
        transactions.executeWithoutResult(status -> {
            if (store.countIndices() == 0) {
                ReferenceSeries.national().forEach(indices::recordAsSystem);
                log.info("Loaded and evaluated the national CPI series from {}", ReferenceSeries.RESOURCE);
            }
        });
    }
}
