package org.safeguard.shared;

public enum RegionLevel {
    PROVINCE(2), PREFECTURE(4), COUNTY(6), TOWNSHIP(9), COMMUNITY(12);

    private final int prefixLength;

    RegionLevel(int prefixLength) {
        this.prefixLength = prefixLength;
    }

    public int prefixLength() {
        return prefixLength;
    }

    public RegionLevel child() {
        return this == COMMUNITY ? null : values()[ordinal() + 1];
    }
}
