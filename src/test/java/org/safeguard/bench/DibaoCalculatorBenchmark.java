package org.safeguard.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.safeguard.policy.AssetType;
import org.safeguard.policy.DemoPolicy;
import org.safeguard.policy.ParameterResolver;
import org.safeguard.policy.dibao.DeductionType;
import org.safeguard.policy.dibao.DibaoCalculator;
import org.safeguard.policy.dibao.DibaoParameters;
import org.safeguard.policy.dibao.DibaoResult;
import org.safeguard.policy.dibao.HouseholdFacts;
import org.safeguard.policy.dibao.HukouType;
import org.safeguard.policy.dibao.IncomeType;
import org.safeguard.shared.RegionCode;

/**
 * Households per second through the pure dibao calculator on one thread: one benchmark operation is one
 * household (generated with 1–6 members, seeded), with the Wuhan demo parameters (asset rules and supplements).
 * Run with bench/calculator.sh.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 7, time = 2)
public class DibaoCalculatorBenchmark {

    static final LocalDate REFERENCE_DATE = LocalDate.of(2020, 8, 1);
    private static final int SIZE = 1 << 14;

    private HouseholdFacts[] households;
    private DibaoParameters parameters;
    private int next;

    @Setup
    public void setUp() {
        parameters = DibaoParameters.from(new ParameterResolver(DemoPolicy.asStored())
                .resolve(ParameterResolver.ancestryByCode(RegionCode.of("420106006001")), REFERENCE_DATE));
        households = generate(new Random(2020), SIZE).toArray(new HouseholdFacts[0]);
    }

    @Benchmark
    public DibaoResult calculateWithTrace() {
        return DibaoCalculator.calculate(households[next++ & (SIZE - 1)], parameters, REFERENCE_DATE, true);
    }

    @Benchmark
    public DibaoResult calculateWithoutTrace() {
        return DibaoCalculator.calculate(households[next++ & (SIZE - 1)], parameters, REFERENCE_DATE, false);
    }

    /** Believable households: mostly low incomes in whole or half yuan, some assets, a few deductions. */
    static List<HouseholdFacts> generate(Random random, int count) {
        IncomeType[] incomeTypes = IncomeType.values();
        AssetType[] assetTypes = AssetType.values();
        List<HouseholdFacts> list = new ArrayList<>(count);
        for (int h = 0; h < count; h++) {
            int size = 1 + random.nextInt(6);
            List<HouseholdFacts.Member> members = new ArrayList<>(size);
            for (int m = 0; m < size; m++) {
                List<HouseholdFacts.Income> incomes = new ArrayList<>();
                int incomeCount = random.nextInt(3);
                for (int i = 0; i < incomeCount; i++) {
                    incomes.add(new HouseholdFacts.Income(incomeTypes[random.nextInt(incomeTypes.length)],
                            BigDecimal.valueOf(random.nextInt(1_200_000), 2)));
                }
                LocalDate birth = LocalDate.of(1930 + random.nextInt(90), 1 + random.nextInt(12), 1 + random.nextInt(28));
                members.add(new HouseholdFacts.Member("M" + m, birth, random.nextInt(10) > 0, null,
                        random.nextInt(8) == 0 ? 1 + random.nextInt(4) : null, random.nextInt(12) == 0, incomes));
            }
            List<HouseholdFacts.Asset> assets = new ArrayList<>();
            int assetCount = random.nextInt(4);
            for (int a = 0; a < assetCount; a++) {
                AssetType type = assetTypes[random.nextInt(assetTypes.length)];
                assets.add(new HouseholdFacts.Asset(type, type.financial() ? BigDecimal.valueOf(random.nextInt(3_000_000), 2) : null,
                        1, random.nextBoolean() ? "M0" : null));
            }
            List<HouseholdFacts.Deduction> deductions = random.nextInt(5) == 0
                    ? List.of(new HouseholdFacts.Deduction(DeductionType.EMPLOYMENT_COST, BigDecimal.valueOf(random.nextInt(60_000), 2)))
                    : List.of();
            list.add(new HouseholdFacts(random.nextBoolean() ? HukouType.URBAN : HukouType.RURAL, members, assets, deductions));
        }
        return list;
    }
}
