package org.safeguard.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.safeguard.policy.dibao.DibaoParameterDeclarations;
import org.safeguard.shared.RegionCode;

/**
 * The demo parameters, as data (loaded on a first start with demo data on, and used by the golden tests):
 * ILLUSTRATIVE standards for Wuhan and Huangshi (the prefecture of Daye: standards are set by a province or a
 * prefecture) from reference/demo-dibao-standards.csv (not official values),
 * Hubei-wide asset rules as in issue 3, Wuhan's classified supplements (a member gets the larger only);
 * Daye has none. Plus the demo emergency declaration for Wuhan (23 January to 8 April 2020).
 */
public final class DemoPolicy {

    public static final String STANDARDS_RESOURCE = "reference/demo-dibao-standards.csv";
    public static final RegionCode HUBEI = RegionCode.of("420000000000");
    public static final RegionCode WUHAN = RegionCode.of("420100000000");
    public static final RegionCode HUANGSHI = RegionCode.of("420200000000");
    public static final RegionCode DAYE = RegionCode.of("420281000000");
    public static final LocalDate RULES_FROM = LocalDate.of(2019, 1, 1);
    static final String ILLUSTRATIVE_NOTE = "illustrative demo value, not an official standard";

    private DemoPolicy() {
    }

    public static List<AssetRule> assetRules() {
        return List.of(
                new AssetRule("FINANCIAL_ASSETS", EnumSet.of(AssetType.DEPOSIT, AssetType.SECURITIES, AssetType.SAVINGS_INSURANCE,
                        AssetType.DEBT_OWED), AssetRule.Measure.PER_CAPITA_VALUE, AssetRule.Comparison.LE,
                        ThresholdExpression.parse("24 * dibaoStandardMonthly"), Set.of()),
                new AssetRule("VEHICLES", EnumSet.of(AssetType.VEHICLE), AssetRule.Measure.COUNT, AssetRule.Comparison.LE,
                        ThresholdExpression.parse("0"), EnumSet.of(AssetType.DISABILITY_VEHICLE)),
                new AssetRule("RESIDENTIAL_PROPERTIES", EnumSet.of(AssetType.RESIDENTIAL_PROPERTY), AssetRule.Measure.COUNT,
                        AssetRule.Comparison.LE, ThresholdExpression.parse("1"), Set.of()),
                new AssetRule("BUSINESS_REGISTRATIONS", EnumSet.of(AssetType.BUSINESS_REGISTRATION), AssetRule.Measure.COUNT,
                        AssetRule.Comparison.LE, ThresholdExpression.parse("0"), Set.of()),
                new AssetRule("NON_RESIDENTIAL_PROPERTIES", EnumSet.of(AssetType.NON_RESIDENTIAL_PROPERTY), AssetRule.Measure.COUNT,
                        AssetRule.Comparison.LE, ThresholdExpression.parse("0"), Set.of()));
    }

    public static List<Supplement> wuhanSupplements() {
        return List.of(
                new Supplement(SupplementCategory.DISABILITY_GRADE_1_2, Supplement.AmountType.PERCENT_OF_STANDARD, new java.math.BigDecimal("20")),
                new Supplement(SupplementCategory.SERIOUS_ILLNESS, Supplement.AmountType.PERCENT_OF_STANDARD, new java.math.BigDecimal("20")),
                new Supplement(SupplementCategory.AGE_70_PLUS, Supplement.AmountType.PERCENT_OF_STANDARD, new java.math.BigDecimal("10")));
    }

    /** Every demo parameter version, in the order they are recorded. */
    public static List<NewParameterVersion> versions() {
        List<NewParameterVersion> versions = new ArrayList<>(standards());
        versions.add(NewParameterVersion.assetRules(HUBEI, RULES_FROM, assetRules(), "demo asset rules (issue 3)").illustrative(true));
        versions.add(NewParameterVersion.supplements(WUHAN, RULES_FROM, wuhanSupplements(), "demo classified supplements").illustrative(true));
        versions.add(NewParameterVersion.scalar(WUHAN, DibaoParameterDeclarations.SUPPLEMENT_LARGER_ONLY, RULES_FROM, "true",
                "a member gets the larger supplement only").illustrative(true));
        return versions;
    }

    /** The same versions as stored ones (ids 1, 2, …), for resolution without a database. */
    public static List<ParameterVersion> asStored() {
        List<ParameterVersion> stored = new ArrayList<>();
        long id = 1;
        for (NewParameterVersion v : versions()) {
            stored.add(new ParameterVersion(id++, v.regionCode(), v.parameter(), v.effectiveFrom(), v.effectiveTo(),
                    v.parameter().isList() ? null : v.parameter().parse(v.valueText()), v.assetRules(), v.supplements(),
                    v.note(), v.illustrative()));
        }
        return stored;
    }

    /** The demo Wuhan declaration as proposed through {@link EmergencyDeclarations} (and approved by a second hand). */
    public static DeclarationRequest wuhanDeclaration() {
        List<DeclarationRequest.Flag> flags = new ArrayList<>();
        for (EmergencyFlag f : List.of(EmergencyFlag.REMOTE_INVESTIGATION, EmergencyFlag.EXITS_SUSPENDED,
                EmergencyFlag.APPROVAL_DEVOLVED, EmergencyFlag.REVIEWS_EXTENDED)) {
            flags.add(new DeclarationRequest.Flag(f.name(), null, null, null, null));
        }
        return new DeclarationRequest(WUHAN.value(), EmergencyLevel.HIGH.name(), "2020-01-23", "2020-04-08",
                "demo: Wuhan lockdown period (2020-01-23 to 2020-04-08)", flags);
    }

    private static List<NewParameterVersion> standards() {
        List<NewParameterVersion> versions = new ArrayList<>();
        try (InputStream in = DemoPolicy.class.getClassLoader().getResourceAsStream(STANDARDS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(STANDARDS_RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", 5);
                RegionCode region = RegionCode.of(f[0].strip());
                LocalDate from = LocalDate.parse(f[1].strip());
                String note = f.length > 4 ? f[4].strip() : ILLUSTRATIVE_NOTE;
                versions.add(NewParameterVersion.scalar(region, DibaoParameterDeclarations.DIBAO_STANDARD_URBAN, from, f[2].strip(), note).illustrative(true));
                versions.add(NewParameterVersion.scalar(region, DibaoParameterDeclarations.DIBAO_STANDARD_RURAL, from, f[3].strip(), note).illustrative(true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }
}
