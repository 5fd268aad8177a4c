package org.safeguard.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.safeguard.shared.RegionCode;
import org.safeguard.shared.security.Role;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.context.ApplicationContext;

/** Declarations made through the use cases by two province-wide reviewers (maker and checker), for tests. */
public final class EmergencyFixtures {

    public static final StaffPrincipal MAKER = new StaffPrincipal(9001, "test-emergency-maker", Role.COUNTY_REVIEWER,
            null, RegionCode.of("420000000000"), Locale.ENGLISH);
    public static final StaffPrincipal CHECKER = new StaffPrincipal(9002, "test-emergency-checker", Role.COUNTY_REVIEWER,
            null, RegionCode.of("420000000000"), Locale.ENGLISH);

    private EmergencyFixtures() {
    }

    /** Proposes and approves a declaration for the region and period with the flags for the whole period. */
    public static long approved(EmergencyDeclarations declarations, String region, LocalDate start, LocalDate end,
                                EmergencyFlag... flags) {
        long id = declarations.propose(request(region, start, end, flags), MAKER).id();
        declarations.approve(id, "test", CHECKER);
        return id;
    }

    /**
     * An approved declaration written straight to the store, for the caseload tests that live in far-future months
     * (year 2400, see DibaoFixtures.freshMonth) which the use case refuses as implausible.
     */
    public static long approvedInStore(ApplicationContext context, String region, LocalDate start, LocalDate end,
                                       EmergencyFlag... flags) {
        EmergencyDeclarationStore store = context.getBean(EmergencyDeclarationStore.class);
        List<DeclaredFlag> declared = new ArrayList<>();
        for (EmergencyFlag f : flags) {
            declared.add(DeclaredFlag.of(f));
        }
        long id = store.insert(new EmergencyDeclaration(RegionCode.of(region), EmergencyLevel.HIGH, start, end, "fixture",
                declared), null, MAKER.username(), Instant.now());
        store.changeState(id, DeclarationState.APPROVED);
        store.decided(id, CHECKER.username(), Instant.now(), "fixture");
        return id;
    }

    /**
     * For the access matrices: a declaration for the region from 2019 on (no last day) whose only flag, intensified
     * care visits, held in January 2019, so that no test sees a flag today; PROPOSED or APPROVED.
     */
    public static long harmlessInStore(ApplicationContext context, String region, boolean approved) {
        EmergencyDeclarationStore store = context.getBean(EmergencyDeclarationStore.class);
        DeclaredFlag flag = new DeclaredFlag(EmergencyFlag.CARE_VISITS_INTENSIFIED, LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 1, 31), null, null);
        long id = store.insert(new EmergencyDeclaration(RegionCode.of(region), EmergencyLevel.LOW, LocalDate.of(2019, 1, 1),
                null, "matrix", List.of(flag)), null, MAKER.username(), Instant.now());
        if (approved) {
            store.changeState(id, DeclarationState.APPROVED);
            store.decided(id, CHECKER.username(), Instant.now(), "matrix");
        }
        return id;
    }

    /** The JSON of such a declaration, for propose and amend calls. */
    public static String harmlessJson(String region) {
        return """
                {"regionCode":"%s","level":"LOW","startDate":"2019-01-01","reason":"matrix",
                 "flags":[{"flag":"CARE_VISITS_INTENSIFIED","validFrom":"2019-01-01","validTo":"2019-01-31"}]}""".formatted(region);
    }

    public static DeclarationRequest request(String region, LocalDate start, LocalDate end, EmergencyFlag... flags) {
        List<DeclarationRequest.Flag> list = new ArrayList<>();
        for (EmergencyFlag f : flags) {
            list.add(flag(f, null, null));
        }
        return new DeclarationRequest(region, "HIGH", start.toString(), end == null ? null : end.toString(),
                "test declaration", list);
    }

    public static DeclarationRequest.Flag flag(EmergencyFlag f, LocalDate from, LocalDate to) {
        DeclarationRequest.ExtraSubsidy extra = f == EmergencyFlag.EXTRA_LIVING_SUBSIDY
                ? new DeclarationRequest.ExtraSubsidy(List.of("SPECIAL_HARDSHIP"), "FIXED_YUAN", "500", true, null) : null;
        String multiplier = f == EmergencyFlag.PRICE_SUBSIDY_OVERRIDE ? "2" : null;
        return new DeclarationRequest.Flag(f.name(), from == null ? null : from.toString(), to == null ? null : to.toString(),
                extra, multiplier);
    }
}
