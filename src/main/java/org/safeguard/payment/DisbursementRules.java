package org.safeguard.payment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.safeguard.shared.FieldProblem;

/**
 * Field rules of a window disbursement, and its value in whole fen. An item's value is quantity x unit value, exact:
 * a value that is not a whole number of fen is refused rather than rounded, so the receipt and the ledger agree.
 */
final class DisbursementRules {

    static final int MAX_ITEMS = 50;
    /** Ten million yuan: far above any help paid at a window, and far below overflow. */
    static final long MAX_FEN = 1_000_000_000L;
    private static final Set<String> PAYEE_KINDS = Set.of("HOUSEHOLD", "PERSON", "UNREGISTERED");

    private DisbursementRules() {
    }

    static void validate(RecordDisbursement.Request r, List<FieldProblem> problems) {
        if (r.regionCode() == null || r.regionCode().isBlank()) {
            problems.add(FieldProblem.of("regionCode", "REQUIRED"));
        } else if (!org.safeguard.shared.RegionCode.isWellFormed(r.regionCode())) {
            problems.add(FieldProblem.of("regionCode", "INVALID_REGION_CODE"));
        }
        if (r.payeeKind() == null) {
            problems.add(FieldProblem.of("payeeKind", "REQUIRED"));
        } else if (!PAYEE_KINDS.contains(r.payeeKind())) {
            problems.add(FieldProblem.of("payeeKind", "PAYEE_KIND_UNKNOWN"));
        } else if (!"UNREGISTERED".equals(r.payeeKind()) && r.payeeId() == null) {
            problems.add(FieldProblem.of("payeeId", "REQUIRED"));
        }
        text(problems, "payeeName", r.payeeName(), 100, true);
        String idNumber = RecordDisbursement.blankToNull(r.payeeIdNumber());
        if (idNumber != null && !idNumber.matches("\\d{17}[\\dXx]")) {
            problems.add(FieldProblem.of("payeeIdNumber", "ID_NUMBER_FORMAT"));
        }
        text(problems, "caseRef", r.caseRef(), 64, true);
        if (r.instalment() == null) {
            problems.add(FieldProblem.of("instalment", "REQUIRED"));
        } else if (r.instalment() < 1) {
            problems.add(FieldProblem.of("instalment", "INSTALMENT_NOT_POSITIVE"));
        }
        if (r.kind() == null) {
            problems.add(FieldProblem.of("kind", "REQUIRED"));
        }
        if (r.signedBy() == null) {
            problems.add(FieldProblem.of("signedBy", "REQUIRED"));
        } else if (r.signedBy() == RecordDisbursement.Signer.AGENT) {
            text(problems, "agentName", r.agentName(), 100, true);
            text(problems, "agentRelationship", r.agentRelationship(), 40, true);
        }
        if (r.signedAt() == null) {
            problems.add(FieldProblem.of("signedAt", "REQUIRED"));
        }
    }

    /** The items of an in-kind disbursement with their exact values; a cash one carries none. */
    static List<DisbursementView.Item> items(RecordDisbursement.Request r, List<FieldProblem> problems) {
        List<DisbursementView.Item> items = new ArrayList<>();
        if (r.kind() == RecordDisbursement.Kind.CASH) {
            if (r.items() != null && !r.items().isEmpty()) {
                problems.add(FieldProblem.of("items", "ITEMS_NOT_ALLOWED_FOR_CASH"));
            }
            return items;
        }
        if (r.kind() != RecordDisbursement.Kind.IN_KIND) {
            return items;
        }
        if (r.items() == null || r.items().isEmpty()) {
            problems.add(FieldProblem.of("items", "REQUIRED"));
            return items;
        }
        if (r.items().size() > MAX_ITEMS) {
            problems.add(FieldProblem.of("items", "TOO_MANY_ITEMS"));
            return items;
        }
        for (int i = 0; i < r.items().size(); i++) {
            RecordDisbursement.ItemRequest item = r.items().get(i);
            String at = "items[" + i + "].";
            if (item == null) {
                problems.add(FieldProblem.of("items[" + i + "]", "REQUIRED"));
                continue;
            }
            int before = problems.size();
            text(problems, at + "name", item.name(), 100, true);
            text(problems, at + "unit", item.unit(), 16, true);
            if (item.quantity() == null) {
                problems.add(FieldProblem.of(at + "quantity", "REQUIRED"));
            } else if (item.quantity().signum() <= 0 || item.quantity().compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
                problems.add(FieldProblem.of(at + "quantity", "QUANTITY_OUT_OF_RANGE"));
            } else if (item.quantity().stripTrailingZeros().scale() > 3) {
                problems.add(FieldProblem.of(at + "quantity", "QUANTITY_TOO_PRECISE"));
            }
            if (item.unitValueFen() == null) {
                problems.add(FieldProblem.of(at + "unitValueFen", "REQUIRED"));
            } else if (item.unitValueFen() <= 0 || item.unitValueFen() > MAX_FEN) {
                problems.add(FieldProblem.of(at + "unitValueFen", "AMOUNT_OUT_OF_RANGE"));
            }
            if (problems.size() > before) {
                continue;
            }
            BigDecimal value = item.quantity().multiply(BigDecimal.valueOf(item.unitValueFen())).stripTrailingZeros();
            if (value.scale() > 0) {
                problems.add(FieldProblem.of(at + "quantity", "VALUE_NOT_WHOLE_FEN"));
            } else if (value.compareTo(BigDecimal.valueOf(MAX_FEN)) > 0) {
                problems.add(FieldProblem.of(at + "unitValueFen", "AMOUNT_OUT_OF_RANGE"));
            } else {
                items.add(new DisbursementView.Item(item.name().strip(), item.quantity().stripTrailingZeros(),
                        item.unit().strip(), item.unitValueFen(), value.longValueExact()));
            }
        }
        return items;
    }

    /** Cash: the amount given. In kind: the sum of the items; an amount given as well must equal it. */
    static long amount(RecordDisbursement.Request r, List<DisbursementView.Item> items, List<FieldProblem> problems) {
        if (r.kind() == RecordDisbursement.Kind.CASH) {
            if (r.amountFen() == null) {
                problems.add(FieldProblem.of("amountFen", "REQUIRED"));
                return 0;
            }
            if (r.amountFen() <= 0 || r.amountFen() > MAX_FEN) {
                problems.add(FieldProblem.of("amountFen", "AMOUNT_OUT_OF_RANGE"));
            }
            return r.amountFen();
        }
        long total = items.stream().mapToLong(DisbursementView.Item::valueFen).sum();
        if (total > MAX_FEN) {
            problems.add(FieldProblem.of("items", "AMOUNT_OUT_OF_RANGE"));
        }
        if (r.amountFen() != null && r.amountFen() != total && !items.isEmpty()) {
            problems.add(FieldProblem.of("amountFen", "AMOUNT_NOT_ITEM_TOTAL"));
        }
        return total;
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(FieldProblem.of(field, "REQUIRED"));
            }
        } else if (value.strip().length() > max) {
            problems.add(FieldProblem.of(field, "TOO_LONG"));
        }
    }
}
