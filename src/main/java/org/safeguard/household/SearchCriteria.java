package org.safeguard.household;

/** What to look for; every criterion is optional, they combine with AND. */
public record SearchCriteria(String idNumber, String name, NameMatch nameMatch, String phone, String regionCode,
                             int page, int size) {

    public enum NameMatch { PREFIX, CONTAINS }

    public SearchCriteria {
        nameMatch = nameMatch == null ? NameMatch.PREFIX : nameMatch;
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, 100);
    }
}
