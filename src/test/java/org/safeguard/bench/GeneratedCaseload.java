package org.safeguard.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import org.safeguard.policy.AssetType;
import org.safeguard.policy.dibao.ActiveDibaoCaseload;
import org.safeguard.policy.dibao.DeductionType;
import org.safeguard.policy.dibao.HouseholdFacts;
import org.safeguard.policy.dibao.HukouType;
import org.safeguard.policy.dibao.IncomeType;
import org.safeguard.shared.RegionCode;

/**
 * {@code size} households of 1–6 members spread over the given communities, generated on the fly from a seed (the
 * same households on every pass, nothing held in memory): mostly low incomes, some pensions, some disabled or
 * seriously ill members, a few assets and deductions. Stands in for the beneficiary module's caseload in the benchmark.
 */
public class GeneratedCaseload implements ActiveDibaoCaseload {

    private static final IncomeType[] INCOMES = {IncomeType.WAGE, IncomeType.BUSINESS_NET, IncomeType.TRANSFER_NET,
            IncomeType.RESIDENT_BASIC_PENSION, IncomeType.SCHOLARSHIP};

    private final int size;
    private final java.util.function.Supplier<List<RegionCode>> communitySource;
    private final long seed;
    private List<RegionCode> communities;

    /** The communities are read on first use (the region tree is loaded after the beans are created). */
    public GeneratedCaseload(int size, java.util.function.Supplier<List<RegionCode>> communities, long seed) {
        this.size = size;
        this.communitySource = communities;
        this.seed = seed;
    }

    @Override
    public void forEachActive(RegionCode subtree, YearMonth month, Consumer<CaseloadHousehold> sink) {
        if (communities == null) {
            communities = List.copyOf(communitySource.get());
        }
        Random random = new Random(seed);
        for (int i = 0; i < size; i++) {
            CaseloadHousehold h = household(random, i);
            if (subtree.contains(h.region())) {
                sink.accept(h);
            }
        }
    }

    private CaseloadHousehold household(Random random, int i) {
        int members = 1 + random.nextInt(6);
        List<HouseholdFacts.Member> list = new ArrayList<>(members);
        for (int m = 0; m < members; m++) {
            LocalDate birth = LocalDate.of(1935 + random.nextInt(85), 1 + random.nextInt(12), 1 + random.nextInt(28));
            boolean counted = m == 0 || random.nextInt(20) != 0;
            List<HouseholdFacts.Income> incomes = new ArrayList<>(2);
            int n = random.nextInt(3);
            for (int k = 0; k < n; k++) {
                incomes.add(new HouseholdFacts.Income(INCOMES[random.nextInt(INCOMES.length)],
                        BigDecimal.valueOf(random.nextInt(4000), random.nextInt(3) == 0 ? 2 : 0)));
            }
            list.add(new HouseholdFacts.Member("M" + m, birth, counted, counted ? null : "in prison",
                    random.nextInt(15) == 0 ? 1 + random.nextInt(4) : null, random.nextInt(25) == 0, incomes));
        }
        List<HouseholdFacts.Asset> assets = random.nextInt(4) == 0
                ? List.of(new HouseholdFacts.Asset(AssetType.DEPOSIT, BigDecimal.valueOf(random.nextInt(60000)), 1, null))
                : List.of();
        List<HouseholdFacts.Deduction> deductions = random.nextInt(10) == 0
                ? List.of(new HouseholdFacts.Deduction(DeductionType.RIGID_MEDICAL, BigDecimal.valueOf(random.nextInt(3000))))
                : List.of();
        HukouType hukou = random.nextInt(4) == 0 ? HukouType.RURAL : HukouType.URBAN;
        return new CaseloadHousehold(new UUID(seed, i), communities.get(i % communities.size()),
                new HouseholdFacts(hukou, list, assets, deductions), BigDecimal.valueOf(random.nextInt(900)));
    }
}
