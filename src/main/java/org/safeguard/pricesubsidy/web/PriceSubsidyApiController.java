package org.safeguard.pricesubsidy.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguard.pricesubsidy.CoveredGroup;
import org.safeguard.pricesubsidy.Evaluation;
import org.safeguard.pricesubsidy.IndexBasis;
import org.safeguard.pricesubsidy.MechanismParameters;
import org.safeguard.pricesubsidy.MechanismResolver;
import org.safeguard.pricesubsidy.NewMechanismVersion;
import org.safeguard.pricesubsidy.PriceEvaluations;
import org.safeguard.pricesubsidy.PriceIndex;
import org.safeguard.pricesubsidy.PriceIndexRequest;
import org.safeguard.pricesubsidy.PriceIndices;
import org.safeguard.pricesubsidy.PriceSubsidies;
import org.safeguard.pricesubsidy.PriceSubsidyResult;
import org.safeguard.pricesubsidy.PriceTraceRenderer;
import org.safeguard.pricesubsidy.UrbanRural;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Price subsidies", description = "Price indices, the trigger mechanism, evaluations and the price-subsidy calculator")
class PriceSubsidyApiController {

    record CalculationRequest(String regionCode, YearMonth month, List<String> groups, String urbanRural) {
    }

    record CalculationResponse(String regionCode, YearMonth month, boolean indexPublished, boolean triggered,
                               List<String> triggeringIndices,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal rate,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal ratePercent,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal multiplier,
                               boolean covered, List<CoveredGroup> coveredGroups, CoveredGroup paidAs, UrbanRural urbanRural,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal standard,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                               LocalDate dueBy, List<String> trace) {
    }

    record IndexResponse(long id, String regionCode, YearMonth month,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal cpiYoy,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal foodYoy,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal scpiYoy,
                         LocalDate publishedOn, String sourceRef, Long corrects, String recordedBy) {
        static IndexResponse of(PriceIndex i) {
            return new IndexResponse(i.id(), i.regionCode(), i.month(), i.cpiYoy(), i.foodYoy(), i.scpiYoy(), i.publishedOn(),
                    i.sourceRef(), i.corrects(), i.recordedBy());
        }
    }

    record EvaluationResponse(long id, String regionCode, YearMonth month, long indexId, String indexRegion,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal cpiYoy,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal foodYoy,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal cpiTrigger,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal foodTrigger,
                              boolean triggered, List<String> triggeringIndices,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal ratePercent,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal multiplier,
                              Set<CoveredGroup> coveredGroups, LocalDate publishedOn, LocalDate dueBy) {
        static EvaluationResponse of(Evaluation e) {
            return new EvaluationResponse(e.id(), e.regionCode(), e.month(), e.indexId(), e.indexRegion(), e.cpiYoy(),
                    e.foodYoy(), e.cpiTrigger(), e.foodTrigger(), e.triggered(), e.triggeringIndices(), e.ratePercent(),
                    e.multiplier(), e.coveredGroups(), e.publishedOn(), e.dueBy());
        }
    }

    record RecordedResponse(IndexResponse index, List<EvaluationResponse> evaluations) {
    }

    record MechanismRequest(String regionCode, YearMonth from, YearMonth to, BigDecimal cpiTrigger, BigDecimal foodTrigger,
                            IndexBasis indexBasis, BigDecimal minAmount, String note) {
    }

    private final PriceSubsidies subsidies;
    private final PriceIndices indices;
    private final PriceEvaluations evaluations;
    private final MechanismParameters mechanisms;
    private final PriceTraceRenderer renderer;
    private final RegionCatalog regions;
    private final CurrentStaff currentStaff;

    PriceSubsidyApiController(PriceSubsidies subsidies, PriceIndices indices, PriceEvaluations evaluations,
                              MechanismParameters mechanisms, PriceTraceRenderer renderer, RegionCatalog regions,
                              CurrentStaff currentStaff) {
        this.subsidies = subsidies;
        this.indices = indices;
        this.evaluations = evaluations;
        this.mechanisms = mechanisms;
        this.renderer = renderer;
        this.regions = regions;
        this.currentStaff = currentStaff;
    }

    @PostMapping("/api/v1/calculations/price-subsidy")
    @PreAuthorize("hasAuthority('DASHBOARD')")
    @Operation(summary = "Price subsidy for a region, index month, covered groups and urban/rural standard, with a readable trace",
            description = "Any staff member, for a region in their area (else 404). rate is the largest triggered rise as a "
                    + "fraction; money as decimal strings in yuan, rounded half-up to whole yuan once. A person in several "
                    + "groups is paid once. Nothing is stored.")
    ResponseEntity<CalculationResponse> calculate(@RequestBody CalculationRequest request, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.regionCode() == null || !RegionCode.isWellFormed(request.regionCode())) {
            problems.add(FieldProblem.of("regionCode", request.regionCode() == null ? "REQUIRED" : "INVALID_REGION_CODE"));
        }
        if (request.month() == null) {
            problems.add(FieldProblem.of("month", "REQUIRED"));
        }
        Set<CoveredGroup> groups = EnumSet.noneOf(CoveredGroup.class);
        List<String> asked = request.groups() == null ? List.of() : request.groups();
        if (asked.isEmpty()) {
            problems.add(FieldProblem.of("groups", "REQUIRED"));
        }
        for (int i = 0; i < asked.size(); i++) {
            if (CoveredGroup.isKnown(asked.get(i))) {
                groups.add(CoveredGroup.valueOf(asked.get(i)));
            } else {
                problems.add(FieldProblem.of("groups[" + i + "]", "PRICE_GROUP_UNKNOWN"));
            }
        }
        UrbanRural urbanRural = null;
        if (request.urbanRural() == null) {
            problems.add(FieldProblem.of("urbanRural", "REQUIRED"));
        } else if (!"URBAN".equals(request.urbanRural()) && !"RURAL".equals(request.urbanRural())) {
            problems.add(FieldProblem.of("urbanRural", "INVALID"));
        } else {
            urbanRural = UrbanRural.valueOf(request.urbanRural());
        }
        if (!problems.isEmpty()) {
            throw SafeguardException.invalid(problems);
        }
        RegionCode region = RegionCode.of(request.regionCode());
        if (!currentStaff.get().canSee(region) || !regions.exists(region.value())) {
            throw SafeguardException.notFound("region");
        }
        PriceSubsidyResult r = subsidies.calculate(region.value(), request.month(), groups, urbanRural);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new CalculationResponse(r.regionCode(), r.month(),
                r.indexPublished(), r.triggered(), r.triggeringIndices(), plain(r.rate()), plain(r.ratePercent()),
                plain(r.multiplier()), r.covered(), List.copyOf(r.coveredGroups()), r.paidAs(), r.urbanRural(),
                r.standard(), r.amount(), r.dueBy(), renderer.render(r.trace(), locale)));
    }

    private static BigDecimal plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    @PostMapping("/api/v1/price-indices")
    @PreAuthorize("hasAuthority('PRICE_INDEX_WRITE')")
    @Operation(summary = "Record a region's price index for a month and evaluate every affected region",
            description = "Region: national (000000000000, province-level staff only), a province, prefecture or county in "
                    + "the caller's area. A month that already has an index is corrected through /{id}/correction.")
    ResponseEntity<RecordedResponse> record(@RequestBody PriceIndexRequest request) {
        PriceIndices.Recorded r = indices.record(request);
        return ResponseEntity.created(URI.create("/api/v1/price-indices/" + r.index().id())).cacheControl(CacheControl.noStore())
                .body(new RecordedResponse(IndexResponse.of(r.index()), r.evaluations().stream().map(EvaluationResponse::of).toList()));
    }

    @PostMapping("/api/v1/price-indices/{id}/correction")
    @PreAuthorize("hasAuthority('PRICE_INDEX_WRITE')")
    @Operation(summary = "Correct an index: a new row (history kept) and a new evaluation of every affected region")
    ResponseEntity<RecordedResponse> correct(@PathVariable long id, @RequestBody PriceIndexRequest request) {
        PriceIndices.Recorded r = indices.correct(id, request);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/price-indices/" + r.index().id()))
                .cacheControl(CacheControl.noStore())
                .body(new RecordedResponse(IndexResponse.of(r.index()), r.evaluations().stream().map(EvaluationResponse::of).toList()));
    }

    @GetMapping("/api/v1/price-indices")
    @PreAuthorize("hasAuthority('PRICE_SUBSIDY_READ')")
    @Operation(summary = "Current indices (newest row per region and month) of the national level and the caller's area")
    List<IndexResponse> list(@RequestParam(required = false) String regionCode) {
        return indices.list(regionCode).stream().map(IndexResponse::of).toList();
    }

    @GetMapping("/api/v1/price-indices/{id}")
    @PreAuthorize("hasAuthority('PRICE_SUBSIDY_READ')")
    @Operation(summary = "One index row with the history of its region and month (newest first)")
    List<IndexResponse> history(@PathVariable long id) {
        return indices.history(id).stream().map(IndexResponse::of).toList();
    }

    @GetMapping("/api/v1/price-evaluations")
    @PreAuthorize("hasAuthority('PRICE_SUBSIDY_READ')")
    @Operation(summary = "Current evaluations of a region (and the regions below it) by month, newest month first")
    List<EvaluationResponse> evaluations(@RequestParam String regionCode, @RequestParam(required = false) YearMonth from,
                                         @RequestParam(required = false) YearMonth to) {
        return evaluations.list(regionCode, from, to).stream().map(EvaluationResponse::of).toList();
    }

    @PostMapping("/api/v1/price-mechanisms")
    @PreAuthorize("hasAuthority('PRICE_INDEX_WRITE')")
    @Operation(summary = "Record a region's own mechanism version (thresholds may be lower than the region above, never higher)")
    ResponseEntity<Long> mechanism(@RequestBody MechanismRequest r) {
        long id = mechanisms.record(new NewMechanismVersion(r.regionCode(), r.from(), r.to(), r.cpiTrigger(), r.foodTrigger(),
                r.indexBasis(), null, null, r.minAmount(), r.note()));
        return ResponseEntity.status(HttpStatus.CREATED).body(id);
    }
}
