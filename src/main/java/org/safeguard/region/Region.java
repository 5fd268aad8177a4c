package org.safeguard.region;

import java.util.Locale;

import org.safeguard.shared.RegionCode;
import org.safeguard.shared.RegionLevel;

public record Region(RegionCode code, RegionCode parentCode, RegionLevel level, String nameZh, String nameEn,
                     UrbanRural urbanRural) {

    public String name(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public enum UrbanRural { URBAN, RURAL }
}
