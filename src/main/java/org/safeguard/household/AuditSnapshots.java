package org.safeguard.household;

import java.util.LinkedHashMap;
import java.util.Map;

import org.safeguard.shared.Masking;

/** Before/after pictures for the audit log, personal fields masked. */
final class AuditSnapshots {

    private AuditSnapshots() {
    }

    static Map<String, Object> of(HouseholdView h) {
        if (h == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("regionCode", h.regionCode());
        m.put("hukouType", h.hukouType().name());
        m.put("address", h.address());
        m.put("bankAccount", h.bankAccountMasked());
        m.put("members", h.members().stream().map(AuditSnapshots::of).toList());
        return m;
    }

    static Map<String, Object> of(MemberView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("idNumber", v.idNumberMasked());
        m.put("name", Masking.name(v.name()));
        m.put("relationship", v.relationship().name());
        m.put("coResiding", v.coResiding());
        m.put("counted", v.counted());
        if (v.exclusionReason() != null) {
            m.put("exclusionReason", v.exclusionReason().name());
        }
        if (v.disabilityCategory() != null) {
            m.put("disability", v.disabilityCategory().name() + "/" + v.disabilityGrade());
        }
        if (v.seriousIllness()) {
            m.put("seriousIllness", true);
        }
        return m;
    }

}
