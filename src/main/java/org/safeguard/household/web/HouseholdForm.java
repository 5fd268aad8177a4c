package org.safeguard.household.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.safeguard.household.HouseholdDraft;
import org.safeguard.household.HouseholdView;
import org.safeguard.household.MemberDraft;

/** The create/edit household form, as typed (a mutable bean for binding). */
public class HouseholdForm {

    private String regionCode;
    private String hukouType;
    private String address;
    private String bankAccount;
    private String bankName;
    private String bankAccountMasked;
    /** Ticked to erase the stored account (an empty account field keeps it). */
    private boolean removeBankAccount;
    private Integer version;
    private List<MemberForm> members = new ArrayList<>();

    static HouseholdForm blank() {
        HouseholdForm form = new HouseholdForm();
        form.members.add(MemberForm.empty("HEAD"));
        return form;
    }

    /**
     * An existing household. The bank account is left empty (only its masked form is shown);
     * an empty field on save keeps the stored account.
     */
    static HouseholdForm of(HouseholdView view) {
        HouseholdForm form = new HouseholdForm();
        form.regionCode = view.regionCode();
        form.hukouType = view.hukouType().name();
        form.address = view.address();
        form.bankName = view.bankName();
        form.bankAccountMasked = view.bankAccountMasked();
        form.version = view.version();
        view.members().forEach(m -> form.members.add(MemberForm.of(m)));
        return form;
    }

    /** The draft to validate; {@code stored} gives the stored member for an existing row (full ID number and phone). */
    HouseholdDraft toDraft(Function<MemberForm, MemberDraft> stored, String storedBankAccount) {
        List<MemberDraft> drafts = new ArrayList<>();
        for (MemberForm m : members) {
            drafts.add(m.toDraft(m.existing() ? stored.apply(m) : null));
        }
        String account = removeBankAccount ? null : bankAccount == null || bankAccount.isBlank() ? storedBankAccount : bankAccount;
        return new HouseholdDraft(regionCode, hukouType, address, account, removeBankAccount ? null : bankName, drafts);
    }

    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getHukouType() { return hukouType; }
    public void setHukouType(String hukouType) { this.hukouType = hukouType; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getBankAccount() { return bankAccount; }
    public void setBankAccount(String bankAccount) { this.bankAccount = bankAccount; }
    public String getBankName() { return bankName; }
    public void setBankName(String bankName) { this.bankName = bankName; }
    public boolean isRemoveBankAccount() { return removeBankAccount; }
    public void setRemoveBankAccount(boolean removeBankAccount) { this.removeBankAccount = removeBankAccount; }
    public String getBankAccountMasked() { return bankAccountMasked; }
    public void setBankAccountMasked(String bankAccountMasked) { this.bankAccountMasked = bankAccountMasked; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public List<MemberForm> getMembers() { return members; }
    public void setMembers(List<MemberForm> members) { this.members = members; }
}
