package org.safeguard.pricesubsidy;

/** Which general index the CPI trigger reads: the CPI, or the low-income basic-living index (SCPI) where a region uses it. */
public enum IndexBasis {
    CPI,
    SCPI
}
