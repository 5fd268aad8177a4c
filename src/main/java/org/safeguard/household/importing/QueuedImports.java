package org.safeguard.household.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A large roster as a queued import: its file is staged in import_upload with a QUEUED batch row (one transaction,
 * audited), and its job then reads, checks and imports it with the same {@link RosterImport} rules as a request,
 * all-or-nothing in one transaction at the end. A run is idempotent: it works only on an unfinished batch, and the
 * final transaction completes the batch only if no other run did (else it rolls back), so a revived or repeated job
 * never imports twice. A run killed midway left nothing but progress counts and is simply done again.
 */
@Component
class QueuedImports {

    /** Progress reports of a queued run; each is its own short transaction. */
    interface Progress {
        void read(int rows, int problems);

        void checked(int rows, int problems);
    }

    private static final Logger log = LoggerFactory.getLogger(QueuedImports.class);

    private final RosterImport imports;
    private final ImportBatches batches;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    QueuedImports(RosterImport imports, ImportBatches batches, AuditTrail audit, Clock clock,
                  PlatformTransactionManager transactions) {
        this.imports = imports;
        this.batches = batches;
        this.audit = audit;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Stores the file and its QUEUED batch row; the caller schedules the job once this has committed. */
    ImportReport stage(RosterFile file, ImportMode mode, ImportScope scope) {
        UUID id = UUID.randomUUID();
        ImportMode effective = mode == null ? ImportMode.ALL_OR_NOTHING : mode;
        tx.executeWithoutResult(s -> {
            batches.saveBatch(new ImportBatches.Batch(id, file.safeName(), scope.actor(), scope.region().value(),
                    effective.name(), ImportReport.Status.QUEUED.name(), 0, 0, 0, 0, 0, 0, null,
                    OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), null));
            try (InputStream in = file.content().getInputStream()) {
                batches.stage(id, file.size(), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            audit.record(AuditRecord.of("IMPORT_QUEUED", "IMPORT_BATCH", id)
                    .detail("fileName", file.safeName())
                    .detail("mode", effective.name())
                    .detail("bytes", file.size()));
        });
        return new ImportReport(id, file.safeName(), effective, ImportReport.Status.QUEUED, 0, 0, 0, 0, 0, 0,
                java.util.List.of(), 0, null);
    }

    /** Runs a queued import to its end; does nothing when it is already finished (or unknown). */
    void run(UUID id) {
        Optional<ImportBatches.Batch> batch = batches.findBatch(id).filter(b -> ImportBatches.UNFINISHED.contains(b.status()));
        Optional<ImportBatches.Staged> staged = batch.flatMap(b -> batches.staged(id));
        if (staged.isEmpty()) {
            log.info("import {} has nothing left to do", id);
            return;
        }
        ImportBatches.Batch b = batch.get();
        if (!batches.progress(id, ImportReport.Status.VALIDATING.name(), 0, null, 0)) {
            return;
        }
        RosterFile file = new RosterFile(b.fileName(), staged.get().size(), new ByteArrayResource(staged.get().content()));
        ImportScope scope = new ImportScope(b.uploadedBy(), RegionCode.of(b.scopeRegion()), false);
        Progress progress = new Progress() {
            @Override
            public void read(int rows, int problems) {
                batches.progress(id, ImportReport.Status.VALIDATING.name(), rows, rows, problems);
            }

            @Override
            public void checked(int rows, int problems) {
                batches.progress(id, ImportReport.Status.IMPORTING.name(), rows, rows, problems);
            }
        };
        try {
            ImportReport report = imports.run(id, file, ImportMode.valueOf(b.mode()), scope, progress, Integer.MAX_VALUE);
            log.info("queued import {} finished: {}", id, report.status());
        } catch (RosterImport.AlreadyFinished e) {
            log.info("import {} was finished by another run; this run wrote nothing", id);
        }
    }
}
