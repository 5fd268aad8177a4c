package org.safeguard.household;

import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.Masking;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Region-scoped reads of the registry. */
@Service
@Transactional(readOnly = true)
public class HouseholdQueries {

    private final HouseholdStore store;
    private final HouseholdScope scope;
    private final AuditTrail audit;

    HouseholdQueries(HouseholdStore store, HouseholdScope scope, AuditTrail audit) {
        this.store = store;
        this.scope = scope;
        this.audit = audit;
    }

    public HouseholdView find(UUID id) {
        scope.requireVisible(id);
        return store.load(id).orElseThrow(() -> SafeguardException.notFound("household"));
    }

    /**
     * The stored household as an unmasked draft, so that an edit form (which shows ID numbers masked)
     * can be merged with the full values on the server. Never render it.
     */
    public HouseholdDraft editableDraft(UUID id) {
        scope.requireVisible(id);
        return store.draftOf(id).orElseThrow(() -> SafeguardException.notFound("household"));
    }

    /**
     * A search by ID number or phone is itself personal-data processing (security.md H: searches by ID number
     * are audited), so it writes an audit entry naming the masked value and how many households it found.
     */
    @Transactional
    public SearchPage search(SearchCriteria criteria) {
        String regionPattern = null;
        if (criteria.regionCode() != null && !criteria.regionCode().isBlank()) {
            if (!RegionCode.isWellFormed(criteria.regionCode().trim())) {
                throw SafeguardException.invalid(FieldProblem.of("regionCode", "INVALID_REGION_CODE"));
            }
            RegionCode region = RegionCode.of(criteria.regionCode().trim());
            if (!scope.staff().canSee(region)) {
                throw SafeguardException.notFound("region");
            }
            regionPattern = region.subtreePrefix() + "%";
        }
        String id = blankToNull(criteria.idNumber());
        SearchCriteria normalised = new SearchCriteria(id == null ? null : id.toUpperCase(java.util.Locale.ROOT),
                blankToNull(criteria.name()), criteria.nameMatch(), blankToNull(criteria.phone()), regionPattern,
                criteria.page(), criteria.size());
        SearchPage page = store.search(normalised, scope.staff().scopeLikePattern());
        if (normalised.idNumber() != null || normalised.phone() != null) {
            audit.record(AuditRecord.of("PERSONAL_DATA_SEARCHED", "PERSON_SEARCH",
                            normalised.idNumber() != null ? Masking.idNumber(normalised.idNumber()) : Masking.phone(normalised.phone()))
                    .detail("by", normalised.idNumber() != null ? "ID_NUMBER" : "PHONE")
                    .detail("results", page.items().size()));
        }
        return page;
    }

    /** Households and persons in the caller's subtree, for the home page. */
    public Counts counts() {
        String pattern = scope.staff().scopeLikePattern();
        return new Counts(store.countHouseholds(pattern), store.countPersons(pattern));
    }

    public record Counts(long households, long persons) {
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
