package org.safeguard.policy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.AuditTrail;
import org.safeguard.region.RegionCatalog;
import org.safeguard.shared.FieldProblem;
import org.safeguard.shared.RegionCode;
import org.safeguard.shared.SafeguardException;
import org.safeguard.shared.security.CurrentStaff;
import org.safeguard.shared.security.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Emergency declarations per region and period, inherited by sub-regions. */
@Service
public class EmergencyDeclarations {

    private final JdbcClient jdbc;
    private final RegionCatalog regions;
    private final AuditTrail audit;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    EmergencyDeclarations(JdbcClient jdbc, RegionCatalog regions, AuditTrail audit, CurrentStaff currentStaff, Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /** The flags in force for the region on the date (from its own and its ancestors' declarations). */
    public EmergencyFlags flagsInForce(RegionCode region, LocalDate date) {
        boolean remote = false, exits = false, devolved = false, reviews = false;
        List<Long> ids = new ArrayList<>();
        for (EmergencyDeclaration d : all()) {
            if (d.covers(region, date)) {
                ids.add(d.id());
                remote |= d.remoteInvestigationAllowed();
                exits |= d.exitsSuspended();
                devolved |= d.approvalDevolvedToTownship();
                reviews |= d.periodicReviewsExtended();
            }
        }
        return ids.isEmpty() ? EmergencyFlags.NONE : new EmergencyFlags(remote, exits, devolved, reviews, List.copyOf(ids));
    }

    /** Declarations for the region, its ancestors or anything in its subtree, newest first. */
    public List<EmergencyDeclaration> relevantTo(RegionCode region) {
        return all().stream().filter(d -> d.regionCode().contains(region) || region.contains(d.regionCode()))
                .sorted((a, b) -> b.startDate().compareTo(a.startDate())).toList();
    }

    @Transactional
    public long declare(EmergencyDeclaration d) {
        if (!regions.exists(d.regionCode().value())) {
            throw SafeguardException.invalid(FieldProblem.of("regionCode", "UNKNOWN_REGION"));
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into emergency_declaration (region_code, level, start_date, end_date, remote_investigation_allowed,
                    exits_suspended, approval_devolved_to_township, periodic_reviews_extended, note, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.regionCode().value(), d.level(), d.startDate(), d.endDate(), d.remoteInvestigationAllowed(),
                        d.exitsSuspended(), d.approvalDevolvedToTownship(), d.periodicReviewsExtended(), d.note(),
                        Timestamp.from(clock.instant()), currentStaff.find().map(StaffPrincipal::username).orElse("system"))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(AuditRecord.of("EMERGENCY_DECLARED", "emergency_declaration", id)
                .detail("region", d.regionCode().value()).detail("start", d.startDate().toString())
                .detail("end", d.endDate() == null ? null : d.endDate().toString())
                .detail("remoteInvestigationAllowed", d.remoteInvestigationAllowed())
                .detail("exitsSuspended", d.exitsSuspended())
                .detail("approvalDevolvedToTownship", d.approvalDevolvedToTownship())
                .detail("periodicReviewsExtended", d.periodicReviewsExtended()));
        return id;
    }

    long count() {
        return jdbc.sql("select count(*) from emergency_declaration").query(Long.class).single();
    }

    private List<EmergencyDeclaration> all() {
        return jdbc.sql("select * from emergency_declaration order by id").query((rs, i) -> new EmergencyDeclaration(
                rs.getLong("id"), RegionCode.of(rs.getString("region_code")), rs.getString("level"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getBoolean("remote_investigation_allowed"), rs.getBoolean("exits_suspended"),
                rs.getBoolean("approval_devolved_to_township"), rs.getBoolean("periodic_reviews_extended"),
                rs.getString("note"))).list();
    }
}
