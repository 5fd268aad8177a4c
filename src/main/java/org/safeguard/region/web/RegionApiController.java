package org.safeguard.region.web;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.safeguard.region.Region;
import org.safeguard.region.RegionCatalog;
import org.safeguard.region.RegionImport;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions", description = "Administrative divisions within the caller's region")
class RegionApiController {

    private final RegionCatalog catalog;
    private final RegionImport regionImport;
    private final CurrentStaff currentStaff;

    RegionApiController(RegionCatalog catalog, RegionImport regionImport, CurrentStaff currentStaff) {
        this.catalog = catalog;
        this.regionImport = regionImport;
        this.currentStaff = currentStaff;
    }

    record RegionResponse(String code, String parentCode, String level, String nameZh, String nameEn, String urbanRural) {
        static RegionResponse of(Region r) {
            return new RegionResponse(r.code().value(), r.parentCode() == null ? null : r.parentCode().value(),
                    r.level().name(), r.nameZh(), r.nameEn(), r.urbanRural() == null ? null : r.urbanRural().name());
        }
    }

    @GetMapping("/{code}")
    @PreAuthorize("hasAuthority('REGION_READ')")
    @Operation(summary = "One region (only within the caller's subtree)")
    RegionResponse get(@PathVariable String code) {
        return RegionResponse.of(visible(code));
    }

    @GetMapping("/{code}/children")
    @PreAuthorize("hasAuthority('REGION_READ')")
    @Operation(summary = "The direct children of a region")
    List<RegionResponse> children(@PathVariable String code) {
        return catalog.children(visible(code).code()).stream().map(RegionResponse::of).toList();
    }

    @PostMapping(path = "/import", consumes = "multipart/form-data")
    @PreAuthorize("hasAuthority('REGION_ADMIN')")
    @Operation(summary = "Import a region tree from CSV (code,name_zh,name_en,level,parent_code,urban_rural); all or nothing")
    ResponseEntity<RegionImport.Report> importCsv(@RequestParam("file") MultipartFile file) throws IOException {
        RegionImport.Report report = regionImport.importCsv(file.getInputStream());
        return ResponseEntity.status(report.accepted() ? 200 : ProblemCode.IMPORT_REJECTED.status().value()).body(report);
    }

    private Region visible(String code) {
        Region region = catalog.find(code).orElseThrow(() -> SafeguardException.notFound("region"));
        if (!currentStaff.get().canSee(region.code())) {
            throw SafeguardException.notFound("region");
        }
        return region;
    }

}
