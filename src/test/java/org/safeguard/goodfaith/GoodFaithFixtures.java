package org.safeguard.goodfaith;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.safeguard.shared.SimplifiedDecisionTaken;
import org.springframework.context.ApplicationContext;

/** Good-faith records written straight to the store, re-check open, for the access matrices. */
public final class GoodFaithFixtures {

    private GoodFaithFixtures() {
    }

    /** A record in the community whose re-check is due; returns its id. */
    public static long due(ApplicationContext context, String community) {
        GoodFaithStore store = context.getBean(GoodFaithStore.class);
        UUID caseId = UUID.randomUUID();
        store.insert(new SimplifiedDecisionTaken("DIBAO", caseId, UUID.randomUUID(), community, LocalDate.now(), "worker",
                Set.of("DEVOLVED_APPROVAL"), List.of(), "matrix fixture"), Instant.now());
        GoodFaithStore.Row row = store.findByCase("DIBAO", caseId).orElseThrow();
        store.openCorrection(row.id(), LocalDate.now(), LocalDate.now().plusDays(90));
        return row.id();
    }

    /** The record's current version. */
    public static int version(ApplicationContext context, long id) {
        return context.getBean(GoodFaithStore.class).find(id).orElseThrow().version();
    }
}
