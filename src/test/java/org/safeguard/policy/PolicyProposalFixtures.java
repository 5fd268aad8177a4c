package org.safeguard.policy;

import java.time.Instant;
import java.time.LocalDate;

import org.safeguard.beneficiary.BeneficiaryParameterDeclarations;
import org.springframework.context.ApplicationContext;

/**
 * Proposals made directly in the store, for regions no demo proposer covers (e.g. Daye for the access matrix).
 * The change is harmless: TAPERED_EXIT_MONTHS at its default, from 2030.
 */
public final class PolicyProposalFixtures {

    private PolicyProposalFixtures() {
    }

    public static long openProposal(ApplicationContext context, String region, String proposedBy) {
        ProposalStore store = context.getBean(ProposalStore.class);
        Instant now = Instant.now();
        long id = store.insert(region, LocalDate.of(2030, 1, 1), "fixture", proposedBy, now);
        store.insertChange(id, 0, BeneficiaryParameterDeclarations.TAPERED_EXIT_MONTHS, "6");
        store.recordTransition(id, null, ProposalState.PROPOSED, ProposalAction.PROPOSE, proposedBy, now, "fixture");
        return id;
    }

    /** A JSON proposal body with the same harmless change. */
    public static String harmlessJson(String region) {
        return """
                {"regionCode":"%s","effectiveFrom":"2030-01-01","reason":"matrix",
                 "changes":[{"parameter":"TAPERED_EXIT_MONTHS","value":"6"}]}""".formatted(region);
    }
}
