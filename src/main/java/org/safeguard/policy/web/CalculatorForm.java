package org.safeguard.policy.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public calculator form: a fixed number of member, asset and deduction rows (so it works without JavaScript);
 * blank rows are ignored. Member references are the row numbers, 1 to {@link #MEMBER_ROWS}.
 */
public class CalculatorForm {

    static final int MEMBER_ROWS = 6;
    static final int MAX_MEMBER_ROWS = 30;
    static final int ASSET_ROWS = 4;
    static final int DEDUCTION_ROWS = 3;

    private String regionCode = "";
    private String referenceDate = "";
    private String hukouType = "URBAN";
    private List<MemberRow> members = rows(MEMBER_ROWS, MemberRow::new);
    private List<AssetRow> assets = rows(ASSET_ROWS, AssetRow::new);
    private List<DeductionRow> deductions = rows(DEDUCTION_ROWS, DeductionRow::new);

    private static <T> List<T> rows(int n, java.util.function.Supplier<T> row) {
        List<T> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(row.get());
        }
        return list;
    }

    /** Pads the lists back to their sizes after binding (at least the fixed number of rows, at most the limit). */
    void normalise() {
        int memberRows = Math.min(MAX_MEMBER_ROWS, Math.max(MEMBER_ROWS, members == null ? 0 : members.size()));
        members = pad(members, memberRows, MemberRow::new);
        assets = pad(assets, ASSET_ROWS, AssetRow::new);
        deductions = pad(deductions, DEDUCTION_ROWS, DeductionRow::new);
    }

    private static <T> List<T> pad(List<T> list, int n, java.util.function.Supplier<T> row) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            T t = list != null && i < list.size() ? list.get(i) : null;
            out.add(t == null ? row.get() : t);
        }
        return out;
    }

    /** Adds an empty member row (up to the limit). */
    void addMember() {
        if (members.size() < MAX_MEMBER_ROWS) {
            members.add(new MemberRow());
        }
    }

    /** Removes a member row; the form keeps at least one row. */
    void removeMember(int index) {
        if (index >= 0 && index < members.size() && members.size() > 1) {
            members.remove(index);
        }
    }

    public static class MemberRow {
        private String birthDate = "";
        private String counted = "true";
        private String exclusionReason = "";
        private String disabilityGrade = "";
        private boolean seriousIllness;
        private Map<String, String> incomes = new LinkedHashMap<>();

        boolean blank() {
            return isBlank(birthDate) && isBlank(exclusionReason) && isBlank(disabilityGrade) && !seriousIllness
                    && incomes.values().stream().allMatch(CalculatorForm::isBlank);
        }

        public String getBirthDate() { return birthDate; }
        public void setBirthDate(String v) { birthDate = v; }
        public String getCounted() { return counted; }
        public void setCounted(String v) { counted = v; }
        public String getExclusionReason() { return exclusionReason; }
        public void setExclusionReason(String v) { exclusionReason = v; }
        public String getDisabilityGrade() { return disabilityGrade; }
        public void setDisabilityGrade(String v) { disabilityGrade = v; }
        public boolean isSeriousIllness() { return seriousIllness; }
        public void setSeriousIllness(boolean v) { seriousIllness = v; }
        public Map<String, String> getIncomes() { return incomes; }
        public void setIncomes(Map<String, String> v) { incomes = v == null ? new LinkedHashMap<>() : v; }
    }

    public static class AssetRow {
        private String type = "";
        private String value = "";
        private String count = "";
        private String owner = "";

        boolean blank() {
            return isBlank(type) && isBlank(value) && isBlank(count) && isBlank(owner);
        }

        public String getType() { return type; }
        public void setType(String v) { type = v; }
        public String getValue() { return value; }
        public void setValue(String v) { value = v; }
        public String getCount() { return count; }
        public void setCount(String v) { count = v; }
        public String getOwner() { return owner; }
        public void setOwner(String v) { owner = v; }
    }

    public static class DeductionRow {
        private String type = "";
        private String amount = "";

        boolean blank() {
            return isBlank(type) && isBlank(amount);
        }

        public String getType() { return type; }
        public void setType(String v) { type = v; }
        public String getAmount() { return amount; }
        public void setAmount(String v) { amount = v; }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String v) { regionCode = v; }
    public String getReferenceDate() { return referenceDate; }
    public void setReferenceDate(String v) { referenceDate = v; }
    public String getHukouType() { return hukouType; }
    public void setHukouType(String v) { hukouType = v; }
    public List<MemberRow> getMembers() { return members; }
    public void setMembers(List<MemberRow> v) { members = v; }
    public List<AssetRow> getAssets() { return assets; }
    public void setAssets(List<AssetRow> v) { assets = v; }
    public List<DeductionRow> getDeductions() { return deductions; }
    public void setDeductions(List<DeductionRow> v) { deductions = v; }
}
