package org.safeguard.household.web;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguard.household.DissolveHousehold;
import org.safeguard.household.HouseholdQueries;
import org.safeguard.household.MovePerson;
import org.safeguard.household.RecordDeath;
import org.safeguard.household.RegisterHousehold;
import org.safeguard.household.RevealPersonalData;
import org.safeguard.household.RevealRequest;
import org.safeguard.household.ReviseHousehold;
import org.safeguard.household.SearchCriteria;
import org.safeguard.household.SearchPage;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.web.Versions;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/households")
@Tag(name = "Households", description = "The registry of households and their members, limited to the caller's region")
class HouseholdApiController {

    private final RegisterHousehold register;
    private final ReviseHousehold revise;
    private final MovePerson movePerson;
    private final RevealPersonalData reveal;
    private final HouseholdQueries queries;
    private final RecordDeath recordDeath;
    private final DissolveHousehold dissolve;

    HouseholdApiController(RegisterHousehold register, ReviseHousehold revise, MovePerson movePerson,
                           RevealPersonalData reveal, HouseholdQueries queries, RecordDeath recordDeath,
                           DissolveHousehold dissolve) {
        this.register = register;
        this.revise = revise;
        this.movePerson = movePerson;
        this.reveal = reveal;
        this.queries = queries;
        this.recordDeath = recordDeath;
        this.dissolve = dissolve;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('HOUSEHOLD_WRITE')")
    @Operation(summary = "Register a household with its members")
    ResponseEntity<HouseholdResponse> create(@RequestBody HouseholdRequest request) {
        var created = register.register(request.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/households/" + created.id()))
                .cacheControl(CacheControl.noStore()).body(HouseholdResponse.of(created));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('HOUSEHOLD_READ')")
    @Operation(summary = "One household with its active members (personal fields masked)")
    ResponseEntity<HouseholdResponse> get(@PathVariable UUID id) {
        var household = queries.find(id);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).eTag(String.valueOf(household.version()))
                .body(HouseholdResponse.of(household));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('HOUSEHOLD_READ')")
    @Operation(summary = "Search by name (prefix, or contains) and region; paged. ID numbers and phones are "
            + "refused here (400 PERSONAL_DATA_IN_URL): URLs end up in logs, so search for them with POST /search")
    ResponseEntity<SearchPage> search(@RequestParam(required = false) String idNumber,
                                      @RequestParam(required = false) String name,
                                      @RequestParam(required = false) SearchCriteria.NameMatch nameMatch,
                                      @RequestParam(required = false) String phone,
                                      @RequestParam(required = false) String regionCode,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size) {
        if (idNumber != null || phone != null) {
            throw SafeguardException.invalid(FieldProblem.of(idNumber != null ? "idNumber" : "phone", "PERSONAL_DATA_IN_URL"));
        }
        var result = queries.search(new SearchCriteria(null, name, nameMatch, null, regionCode, page, size));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(result);
    }

    /** The same search with the criteria in the body, so that an ID number need not appear in a URL. */
    @PostMapping("/search")
    @PreAuthorize("hasAuthority('HOUSEHOLD_READ')")
    @Operation(summary = "Search with the criteria in the body (keeps ID numbers out of URLs and logs)")
    ResponseEntity<SearchPage> searchByBody(@RequestBody SearchRequest request) {
        var criteria = new SearchCriteria(request.idNumber(), request.name(), request.nameMatch(), request.phone(),
                request.regionCode(), request.page() == null ? 0 : request.page(), request.size() == null ? 20 : request.size());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(queries.search(criteria));
    }

    record SearchRequest(String idNumber, String name, SearchCriteria.NameMatch nameMatch, String phone,
                         String regionCode, Integer page, Integer size) {
        @Override
        public String toString() {
            return "SearchRequest[masked]";
        }
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('HOUSEHOLD_WRITE')")
    @Operation(summary = "Replace a household: members matched by ID number join, stay or leave; needs the version "
            + "(body or If-Match with the ETag of GET): 428 without it, 409 when stale")
    ResponseEntity<HouseholdResponse> replace(@PathVariable UUID id, @RequestBody HouseholdRequest request,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(HouseholdResponse.of(revise.replace(id, request.toDraft(), Versions.ofInt(request.version(), ifMatch))));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasAuthority('HOUSEHOLD_WRITE')")
    @Operation(summary = "Change the household's own fields (region, hukou type, address, bank account); needs the "
            + "version (body or If-Match): 428 without it, 409 when stale")
    ResponseEntity<HouseholdResponse> patch(@PathVariable UUID id, @RequestBody HouseholdRequest request,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var patch = new ReviseHousehold.Patch(request.regionCode(), request.hukouType(), request.address(),
                request.bankAccount(), request.bankName());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(HouseholdResponse.of(revise.patch(id, patch, Versions.ofInt(request.version(), ifMatch))));
    }

    @PostMapping("/{id}/members/{memberId}/move")
    @PreAuthorize("hasAuthority('HOUSEHOLD_WRITE')")
    @Operation(summary = "Move a member to another household (one audited operation)")
    ResponseEntity<HouseholdResponse> move(@PathVariable UUID id, @PathVariable UUID memberId, @RequestBody MovePerson.Move move) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(HouseholdResponse.of(movePerson.move(id, memberId, move)));
    }

    @PostMapping("/{id}/members/{memberId}/death")
    @PreAuthorize("hasAuthority('HOUSEHOLD_WRITE')")
    @Operation(summary = "Record a member's date of death (from a change report or departmental data); caseloads are told")
    ResponseEntity<HouseholdResponse> death(@PathVariable UUID id, @PathVariable UUID memberId,
                                            @RequestBody RecordDeath.Death death) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(HouseholdResponse.of(recordDeath.record(id, memberId, death)));
    }

    @PostMapping("/{id}/dissolution")
    @PreAuthorize("hasAuthority('HOUSEHOLD_WRITE')")
    @Operation(summary = "Dissolve the household: every remaining membership ends; the household keeps its history")
    ResponseEntity<Void> dissolve(@PathVariable UUID id, @RequestBody(required = false) Map<String, String> body) {
        dissolve.dissolve(id, body == null ? null : body.get("reason"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/members/{memberId}/reveal")
    @PreAuthorize("hasAuthority('PERSONAL_DATA_REVEAL')")
    @Operation(summary = "The member's full ID number and phone, for a purpose (CASE_WORK, PAYMENT_PROBLEM, VERIFICATION, "
            + "COURT_OR_POLICE_REQUEST with reference); note up to 500 characters; the reveal is audited with its purpose")
    ResponseEntity<RevealPersonalData.PersonalData> revealMember(@PathVariable UUID id, @PathVariable UUID memberId,
                                                                 @RequestBody(required = false) RevealRequest body) {
        var data = reveal.member(id, memberId, body == null ? new RevealRequest(null, null, null) : body);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(data);
    }

    @PostMapping("/{id}/bank-account/reveal")
    @PreAuthorize("hasAuthority('PERSONAL_DATA_REVEAL')")
    @Operation(summary = "The household's full bank account, for a purpose as for a member; the reveal is audited")
    ResponseEntity<Map<String, String>> revealBankAccount(@PathVariable UUID id,
                                                          @RequestBody(required = false) RevealRequest body) {
        String account = reveal.bankAccount(id, body == null ? new RevealRequest(null, null, null) : body);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(account == null ? Map.of() : Map.of("bankAccount", account));
    }
}
