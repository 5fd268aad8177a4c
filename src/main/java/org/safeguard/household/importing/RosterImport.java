package org.safeguard.household.importing;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.shared.ProblemCode;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.StaffPrincipal;
import org.safeguard.shared.upload.UploadLimitExceeded;
import org.safeguard.shared.upload.UploadLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a roster file into the registry within the importer's region subtree. Reading and checking happen
 * before any write; the writes of one import (households, persons, memberships, the batch record and one
 * audit entry with the counts) are a single transaction, so an import is either fully in or not at all.
 * Households whose import key (region code + ":" + household key) is already present are skipped, so
 * importing the same file twice changes nothing.
 */
@Service
public class RosterImport {

    private static final Logger log = LoggerFactory.getLogger(RosterImport.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RosterValidator validator;
    private final ImportStore store;
    private final ImportBatches batches;
    private final AuditTrail audit;
    private final CurrentStaff currentStaff;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final long maxBytes;
    private final UploadLimits limits;

    RosterImport(RosterValidator validator, ImportStore store, ImportBatches batches, AuditTrail audit, CurrentStaff currentStaff, Clock clock,
                 PlatformTransactionManager transactions,
                 @Value("${safeguard.import.max-bytes:50MB}") DataSize maxBytes, UploadLimits limits) {
        this.validator = validator;
        this.store = store;
        this.batches = batches;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.maxBytes = maxBytes.toBytes();
        this.limits = limits;
    }

    /** The configured size limit in bytes ({@code safeguard.import.max-bytes}). */
    public long maxBytes() {
        return maxBytes;
    }

    /** Imports as the signed-in staff member, into their home region's subtree. */
    public ImportReport importFile(RosterFile file, ImportMode mode) {
        return importFile(file, mode, ImportScope.of(currentStaff.get()));
    }

    /** Imports on behalf of an explicit actor and subtree (the demo loader acts as the system). */
    public ImportReport importFile(RosterFile file, ImportMode mode, ImportScope scope) {
        return run(UUID.randomUUID(), file, mode, scope, null, Integer.MAX_VALUE);
    }

    /**
     * Imports now, as {@link #importFile(RosterFile, ImportMode, ImportScope)}, unless the file was read without
     * refusal and has more than {@code asyncRows} data rows: then nothing is written and the result is empty, for
     * the caller to queue it. Files refused by a limit or as a whole are answered now, as before.
     */
    Optional<ImportReport> importUnlessMoreRowsThan(RosterFile file, ImportMode mode, ImportScope scope, int asyncRows) {
        return Optional.ofNullable(run(UUID.randomUUID(), file, mode, scope, null, asyncRows));
    }

    /**
     * Reads, checks and imports a file. {@code queued} is null for an import in the request thread (the batch row is
     * written at the end); for a queued import it reports progress, and the batch row already there is completed only
     * if still unfinished ({@link AlreadyFinished} otherwise, with nothing written). Null, with nothing written, when
     * the file has more than {@code asyncRows} rows.
     */
    ImportReport run(UUID id, RosterFile file, ImportMode mode, ImportScope scope, QueuedImports.Progress queued,
                     int asyncRows) {
        long started = System.nanoTime();
        ImportMode effectiveMode = mode == null ? ImportMode.ALL_OR_NOTHING : mode;
        RosterReader.Parsed parsed;
        try {
            parsed = new RosterReader(maxBytes, limits).read(file);
        } catch (UploadLimitExceeded e) {
            // Recorded like any refusal (batch and audit entry), then answered as the limit's own problem.
            ImportReport refused = finish(new ImportReport(id, file.safeName(), effectiveMode, ImportReport.Status.REJECTED,
                    0, 0, 0, 0, 0, 0,
                    List.of(ImportProblem.cell(e.row(), null, "UPLOAD_LIMIT_EXCEEDED", e.limit().name(), e.limitValue()))),
                    scope, List.of(), queued);
            if (queued != null) {
                return refused;
            }
            throw e;
        }
        if (parsed.refused()) {
            return finish(new ImportReport(id, file.safeName(), effectiveMode, ImportReport.Status.REJECTED, 0, 0, 0, 0,
                    0, 0, parsed.refusals()), scope, List.of(), queued);
        }
        if (parsed.rows().size() > asyncRows) {
            return null;
        }
        if (queued != null) {
            queued.read(parsed.rows().size(), parsed.rowProblems().size());
        }
        long read = System.nanoTime();
        RosterValidator.Outcome outcome = validator.check(parsed.rows(), scope);
        long checked = System.nanoTime();
        log.debug("Import {}: read {} ms, checked {} ms", id, (read - started) / 1_000_000, (checked - read) / 1_000_000);
        List<ImportProblem> problems = new ArrayList<>(parsed.rowProblems());
        problems.addAll(outcome.problems());
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        int problemTotal = problems.size();
        if (problemTotal > limits.problems()) {
            problems = new ArrayList<>(problems.subList(0, limits.problems()));
        }
        if (queued != null) {
            queued.checked(parsed.rows().size(), problemTotal);
        }
        boolean rejected = (effectiveMode == ImportMode.ALL_OR_NOTHING && !problems.isEmpty())
                || (outcome.toInsert().isEmpty() && outcome.skipped() == 0);
        ImportReport report = new ImportReport(id, file.safeName(), effectiveMode,
                rejected ? ImportReport.Status.REJECTED : ImportReport.Status.IMPORTED, parsed.rows().size(),
                outcome.households(), 0, rejected ? 0 : outcome.skipped(), outcome.invalid(), 0, problems, problemTotal);
        ImportReport done = finish(report, scope, rejected ? List.of() : outcome.toInsert(), queued);
        log.info("Import {} of {} rows: status {}, {} households inserted, {} skipped, {} problems in {} ms", id,
                done.rows(), done.status(), done.householdsInserted(), done.householdsSkipped(), done.problems().size(),
                (System.nanoTime() - started) / 1_000_000);
        return done;
    }

    private ImportReport finish(ImportReport report, ImportScope scope, List<ImportStore.NewHousehold> toInsert,
                                QueuedImports.Progress queued) {
        Instant now = clock.instant();
        try {
            return transaction.execute(tx -> {
                int persons = toInsert.isEmpty() ? 0 : store.insert(toInsert, now);
                ImportReport result = new ImportReport(report.id(), report.fileName(), report.mode(), report.status(),
                        report.rows(), report.households(), toInsert.size(), report.householdsSkipped(),
                        report.householdsInvalid(), persons, report.problems(), report.problemTotal());
                ImportBatches.Batch batch = new ImportBatches.Batch(result.id(), result.fileName(), scope.actor(),
                        scope.region().value(), result.mode().name(), result.status().name(), result.rows(),
                        result.householdsInserted(), result.householdsSkipped(), result.householdsInvalid(),
                        result.personsInserted(), result.problemTotal(), JSON.writeValueAsString(result.problems()),
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                if (queued == null) {
                    batches.saveBatch(batch);
                } else if (batches.completeBatch(batch)) {
                    batches.unstage(result.id());
                } else {
                    // another run finished it first: roll back this run's inserts
                    throw new AlreadyFinished(result.id());
                }
                AuditRecord entry = AuditRecord.of(result.rejected() ? "IMPORT_REJECTED" : "IMPORT_COMPLETED",
                                "IMPORT_BATCH", result.id())
                        .detail("fileName", result.fileName())
                        .detail("mode", result.mode().name())
                        .detail("rows", result.rows())
                        .detail("households", result.households())
                        .detail("householdsInserted", result.householdsInserted())
                        .detail("householdsSkipped", result.householdsSkipped())
                        .detail("householdsInvalid", result.householdsInvalid())
                        .detail("personsInserted", result.personsInserted())
                        .detail("problems", result.problemTotal())
                        .outcome(result.rejected() ? AuditRecord.Outcome.FAILURE : AuditRecord.Outcome.SUCCESS);
                if (scope.system() || queued != null) {
                    entry.actingAs(scope.actor());
                }
                audit.record(entry);
                return result;
            });
        } catch (DataIntegrityViolationException e) {
            // Another import of the same households committed first; a retry skips them.
            throw SafeguardException.conflict(ProblemCode.CONFLICT, "import.concurrent");
        }
    }

    /** A stored import's summary and problems, if it exists and the caller's subtree contains its uploader's region. */
    public Optional<ImportReport> find(UUID id) {
        StaffPrincipal staff = currentStaff.get();
        return batches.findBatch(id)
                .filter(b -> staff.canSee(RegionCode.of(b.scopeRegion())))
                .map(b -> new ImportReport(b.id(), b.fileName(), ImportMode.valueOf(b.mode()),
                        ImportReport.Status.valueOf(b.status()), b.rows(),
                        b.inserted() + b.skipped() + b.invalid(), b.inserted(), b.skipped(), b.invalid(), b.persons(),
                        b.problems() == null ? List.of() : JSON.readValue(b.problems(), new TypeReference<List<ImportProblem>>() {
                        }), b.problemCount(), b.rowsTotal()));
    }

    /** A queued import's run found it already finished by an earlier run; nothing was written. */
    static final class AlreadyFinished extends RuntimeException {
        AlreadyFinished(UUID id) {
            super("import " + id + " already finished", null, false, false);
        }
    }
}
