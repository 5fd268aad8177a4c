package org.safeguard.household.importing;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

import org.safeguard.household.ValidMember;

/** Parameter setters shared by the import's batch inserts and updates. */
final class ImportStatements {

    private ImportStatements() {
    }

    /** disability_category, disability_grade, serious_illness, labour_ability, employment_status, schooling. */
    static void personDetails(PreparedStatement ps, int first, ValidMember m) throws SQLException {
        string(ps, first, m.disabilityCategory() == null ? null : m.disabilityCategory().name());
        if (m.disabilityGrade() == null) {
            ps.setNull(first + 1, Types.SMALLINT);
        } else {
            ps.setShort(first + 1, m.disabilityGrade().shortValue());
        }
        ps.setBoolean(first + 2, m.seriousIllness());
        string(ps, first + 3, m.labourAbility() == null ? null : m.labourAbility().name());
        string(ps, first + 4, m.employmentStatus() == null ? null : m.employmentStatus().name());
        string(ps, first + 5, m.schooling() == null ? null : m.schooling().name());
    }

    static void string(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }
}
