package org.safeguard.household.web;

import java.util.UUID;

import org.safeguard.household.MemberDraft;
import org.safeguard.household.MemberView;

/**
 * One member row of the household form, as typed. An existing member keeps its {@code memberId} and shows
 * the masked ID number; the full number is merged on the server (see {@link HouseholdFormController}).
 */
public class MemberForm {

    private UUID memberId;
    private String idNumberMasked;
    private String idNumber;
    private String name;
    private String relationship;
    private boolean coResiding = true;
    private boolean counted = true;
    private String exclusionReason;
    private String phone;
    private String phoneMasked;
    private String disabilityCategory;
    private Integer disabilityGrade;
    private boolean seriousIllness;
    /** Ticked to erase the stored phone (an empty phone field keeps it). */
    private boolean removePhone;
    private String labourAbility;
    private String employmentStatus;
    private String schooling;
    private String hukouRegionCode;

    static MemberForm empty(String relationship) {
        MemberForm form = new MemberForm();
        form.relationship = relationship;
        return form;
    }

    /**
     * An existing member. The ID number and phone are shown masked only; an empty phone field on save
     * keeps the stored phone, so full values never reach the page without an audited reveal.
     */
    static MemberForm of(MemberView v) {
        MemberForm f = new MemberForm();
        f.memberId = v.memberId();
        f.idNumberMasked = v.idNumberMasked();
        f.name = v.name();
        f.relationship = v.relationship().name();
        f.coResiding = v.coResiding();
        f.counted = v.counted();
        f.exclusionReason = v.exclusionReason() == null ? null : v.exclusionReason().name();
        f.phoneMasked = v.phoneMasked();
        f.disabilityCategory = v.disabilityCategory() == null ? null : v.disabilityCategory().name();
        f.disabilityGrade = v.disabilityGrade();
        f.seriousIllness = v.seriousIllness();
        f.labourAbility = v.labourAbility() == null ? null : v.labourAbility().name();
        f.employmentStatus = v.employmentStatus() == null ? null : v.employmentStatus().name();
        f.schooling = v.schooling() == null ? null : v.schooling().name();
        f.hukouRegionCode = v.hukouRegionCode();
        return f;
    }

    boolean existing() {
        return memberId != null;
    }

    /** {@code stored} is the stored member for an existing row (null for a new one). */
    MemberDraft toDraft(MemberDraft stored) {
        String id = stored != null ? stored.idNumber() : idNumber;
        String phoneValue = removePhone ? null : blank(phone) == null && stored != null ? stored.phone() : blank(phone);
        return new MemberDraft(id, name, relationship, coResiding, counted, blank(exclusionReason), phoneValue,
                blank(disabilityCategory), disabilityGrade, seriousIllness, blank(labourAbility), blank(employmentStatus),
                blank(schooling), blank(hukouRegionCode) == null && stored != null ? stored.hukouRegionCode() : blank(hukouRegionCode));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public UUID getMemberId() { return memberId; }
    public void setMemberId(UUID memberId) { this.memberId = memberId; }
    public String getIdNumberMasked() { return idNumberMasked; }
    public void setIdNumberMasked(String idNumberMasked) { this.idNumberMasked = idNumberMasked; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRelationship() { return relationship; }
    public void setRelationship(String relationship) { this.relationship = relationship; }
    public boolean isCoResiding() { return coResiding; }
    public void setCoResiding(boolean coResiding) { this.coResiding = coResiding; }
    public boolean isCounted() { return counted; }
    public void setCounted(boolean counted) { this.counted = counted; }
    public String getExclusionReason() { return exclusionReason; }
    public void setExclusionReason(String exclusionReason) { this.exclusionReason = exclusionReason; }
    public String getPhone() { return phone; }
    public String getPhoneMasked() { return phoneMasked; }
    public void setPhoneMasked(String phoneMasked) { this.phoneMasked = phoneMasked; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getDisabilityCategory() { return disabilityCategory; }
    public void setDisabilityCategory(String disabilityCategory) { this.disabilityCategory = disabilityCategory; }
    public Integer getDisabilityGrade() { return disabilityGrade; }
    public void setDisabilityGrade(Integer disabilityGrade) { this.disabilityGrade = disabilityGrade; }
    public boolean isRemovePhone() { return removePhone; }
    public void setRemovePhone(boolean removePhone) { this.removePhone = removePhone; }
    public boolean isSeriousIllness() { return seriousIllness; }
    public void setSeriousIllness(boolean seriousIllness) { this.seriousIllness = seriousIllness; }
    public String getLabourAbility() { return labourAbility; }
    public void setLabourAbility(String labourAbility) { this.labourAbility = labourAbility; }
    public String getEmploymentStatus() { return employmentStatus; }
    public void setEmploymentStatus(String employmentStatus) { this.employmentStatus = employmentStatus; }
    public String getSchooling() { return schooling; }
    public void setSchooling(String schooling) { this.schooling = schooling; }
    public String getHukouRegionCode() { return hukouRegionCode; }
    public void setHukouRegionCode(String hukouRegionCode) { this.hukouRegionCode = hukouRegionCode; }
}
