package org.safeguard.household.web;

import org.safeguard.household.SearchCriteria;

/** The household search form, as typed. The ID number and phone only ever arrive in a POST body. */
public class SearchForm {

    static final int PAGE_SIZE = 20;

    private String idNumber;
    private String name;
    private SearchCriteria.NameMatch nameMatch = SearchCriteria.NameMatch.PREFIX;
    private String phone;
    private String regionCode;
    private int page;

    boolean isEmpty() {
        return blank(idNumber) && blank(name) && blank(phone) && blank(regionCode);
    }

    SearchCriteria toCriteria() {
        return new SearchCriteria(idNumber, name, nameMatch, phone, regionCode, page, PAGE_SIZE);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public SearchCriteria.NameMatch getNameMatch() { return nameMatch; }
    public void setNameMatch(SearchCriteria.NameMatch nameMatch) { this.nameMatch = nameMatch; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(0, page); }
}
