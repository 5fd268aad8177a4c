package org.safeguard.payment.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.safeguard.payment.RecordDisbursement;

/**
 * What the window form posts: text as typed, so a wrong value is shown back as entered. Three item rows; blank rows are
 * left out. The signing time is the office's local time (China Standard Time).
 */
public class DisbursementForm {

    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");
    static final int ITEM_ROWS = 3;

    public static class ItemRow {
        private String name = "";
        private String quantity = "";
        private String unit = "";
        private String unitValueFen = "";

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getQuantity() { return quantity; }
        public void setQuantity(String v) { quantity = v; }
        public String getUnit() { return unit; }
        public void setUnit(String v) { unit = v; }
        public String getUnitValueFen() { return unitValueFen; }
        public void setUnitValueFen(String v) { unitValueFen = v; }

        boolean blank() {
            return name.isBlank() && quantity.isBlank() && unit.isBlank() && unitValueFen.isBlank();
        }
    }

    private String regionCode = "";
    private String payeeKind = "";
    private String payeeId = "";
    private String payeeName = "";
    private String payeeIdNumber = "";
    private String caseRef = "";
    private String instalment = "1";
    private String kind = "CASH";
    private String amountFen = "";
    private String signedBy = "RECIPIENT";
    private String agentName = "";
    private String agentRelationship = "";
    private String signedAt = "";
    private List<ItemRow> items = new ArrayList<>(List.of(new ItemRow(), new ItemRow(), new ItemRow()));

    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String v) { regionCode = v; }
    public String getPayeeKind() { return payeeKind; }
    public void setPayeeKind(String v) { payeeKind = v; }
    public String getPayeeId() { return payeeId; }
    public void setPayeeId(String v) { payeeId = v; }
    public String getPayeeName() { return payeeName; }
    public void setPayeeName(String v) { payeeName = v; }
    public String getPayeeIdNumber() { return payeeIdNumber; }
    public void setPayeeIdNumber(String v) { payeeIdNumber = v; }
    public String getCaseRef() { return caseRef; }
    public void setCaseRef(String v) { caseRef = v; }
    public String getInstalment() { return instalment; }
    public void setInstalment(String v) { instalment = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getAmountFen() { return amountFen; }
    public void setAmountFen(String v) { amountFen = v; }
    public String getSignedBy() { return signedBy; }
    public void setSignedBy(String v) { signedBy = v; }
    public String getAgentName() { return agentName; }
    public void setAgentName(String v) { agentName = v; }
    public String getAgentRelationship() { return agentRelationship; }
    public void setAgentRelationship(String v) { agentRelationship = v; }
    public String getSignedAt() { return signedAt; }
    public void setSignedAt(String v) { signedAt = v; }
    public List<ItemRow> getItems() { return items; }
    public void setItems(List<ItemRow> v) { items = v; }

    /**
     * The API request, or the field problems of values that are not even numbers, ids or times. Unparseable text
     * becomes a null the service reports as required; the form adds its own code for it first.
     */
    RecordDisbursement.Request toRequest(List<org.safeguard.shared.FieldProblem> problems) {
        List<RecordDisbursement.ItemRequest> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ItemRow row = items.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            rows.add(new RecordDisbursement.ItemRequest(row.name, decimal(row.quantity, "items[" + i + "].quantity", problems),
                    row.unit, whole(row.unitValueFen, "items[" + i + "].unitValueFen", problems)));
        }
        UUID id = null;
        if (!payeeId.isBlank()) {
            try {
                id = UUID.fromString(payeeId.strip());
            } catch (IllegalArgumentException e) {
                problems.add(org.safeguard.shared.FieldProblem.of("payeeId", "NOT_AN_ID"));
            }
        }
        java.time.Instant signed = null;
        if (!signedAt.isBlank()) {
            try {
                signed = LocalDateTime.parse(signedAt.strip()).atZone(OFFICE_ZONE).toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                problems.add(org.safeguard.shared.FieldProblem.of("signedAt", "NOT_A_TIME"));
            }
        }
        Long instalmentNo = whole(instalment, "instalment", problems);
        return new RecordDisbursement.Request(regionCode.strip(), payeeKind.isBlank() ? null : payeeKind, id, payeeName,
                payeeIdNumber, caseRef, instalmentNo == null ? null : (int) Math.max(Math.min(instalmentNo, 100_000), -1),
                enumOf(RecordDisbursement.Kind.class, kind), "CASH".equals(kind) ? whole(amountFen, "amountFen", problems) : null,
                rows, enumOf(RecordDisbursement.Signer.class, signedBy), agentName, agentRelationship, signed);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }

    private static BigDecimal decimal(String text, String field, List<org.safeguard.shared.FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            problems.add(org.safeguard.shared.FieldProblem.of(field, "NOT_A_NUMBER"));
            return null;
        }
    }

    private static Long whole(String text, String field, List<org.safeguard.shared.FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            problems.add(org.safeguard.shared.FieldProblem.of(field, "NOT_A_NUMBER"));
            return null;
        }
    }
}
