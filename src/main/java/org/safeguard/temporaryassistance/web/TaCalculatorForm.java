package org.safeguard.temporaryassistance.web;

/**
 * The staff calculator page's form: every field as entered (text), so that a value that cannot be read is shown back
 * with its problem. Up to two previous grants.
 */
public class TaCalculatorForm {

    private String regionCode;
    private String requestDate;
    private String type = "EMERGENCY";
    private String localHukou = "true";
    private String hukouType = "URBAN";
    private String severity = "GENERAL";
    private String persons = "1";
    private String cause;
    private String requestedAmount;
    private String perCapitaIncome;
    private String outOfPocketExpense;
    private String previousYearDisposableIncome;
    private String monthsWithoutIncome;
    private boolean unemploymentInsurance;
    private boolean inDibao;
    private String grant1Cause;
    private String grant1Date;
    private String grant1Region;
    private String grant2Cause;
    private String grant2Date;
    private String grant2Region;

    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String v) { regionCode = v; }
    public String getRequestDate() { return requestDate; }
    public void setRequestDate(String v) { requestDate = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getLocalHukou() { return localHukou; }
    public void setLocalHukou(String v) { localHukou = v; }
    public String getHukouType() { return hukouType; }
    public void setHukouType(String v) { hukouType = v; }
    public String getSeverity() { return severity; }
    public void setSeverity(String v) { severity = v; }
    public String getPersons() { return persons; }
    public void setPersons(String v) { persons = v; }
    public String getCause() { return cause; }
    public void setCause(String v) { cause = v; }
    public String getRequestedAmount() { return requestedAmount; }
    public void setRequestedAmount(String v) { requestedAmount = v; }
    public String getPerCapitaIncome() { return perCapitaIncome; }
    public void setPerCapitaIncome(String v) { perCapitaIncome = v; }
    public String getOutOfPocketExpense() { return outOfPocketExpense; }
    public void setOutOfPocketExpense(String v) { outOfPocketExpense = v; }
    public String getPreviousYearDisposableIncome() { return previousYearDisposableIncome; }
    public void setPreviousYearDisposableIncome(String v) { previousYearDisposableIncome = v; }
    public String getMonthsWithoutIncome() { return monthsWithoutIncome; }
    public void setMonthsWithoutIncome(String v) { monthsWithoutIncome = v; }
    public boolean isUnemploymentInsurance() { return unemploymentInsurance; }
    public void setUnemploymentInsurance(boolean v) { unemploymentInsurance = v; }
    public boolean isInDibao() { return inDibao; }
    public void setInDibao(boolean v) { inDibao = v; }
    public String getGrant1Cause() { return grant1Cause; }
    public void setGrant1Cause(String v) { grant1Cause = v; }
    public String getGrant1Date() { return grant1Date; }
    public void setGrant1Date(String v) { grant1Date = v; }
    public String getGrant1Region() { return grant1Region; }
    public void setGrant1Region(String v) { grant1Region = v; }
    public String getGrant2Cause() { return grant2Cause; }
    public void setGrant2Cause(String v) { grant2Cause = v; }
    public String getGrant2Date() { return grant2Date; }
    public void setGrant2Date(String v) { grant2Date = v; }
    public String getGrant2Region() { return grant2Region; }
    public void setGrant2Region(String v) { grant2Region = v; }
}
