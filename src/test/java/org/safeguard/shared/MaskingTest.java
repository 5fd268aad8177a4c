package org.safeguard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void idNumberKeepsTheSixRegionDigitsAndTheLastFour() {
        assertThat(Masking.idNumber("420106198001010012")).isEqualTo("420106********0012");
    }

    @Test
    void phoneKeepsThePrefixAndTheLastFour() {
        assertThat(Masking.phone("13800138000")).isEqualTo("138****8000");
    }

    @Test
    void bankAccountKeepsOnlyTheLastFour() {
        assertThat(Masking.bankAccount("6222021234567890123")).isEqualTo("***************0123");
    }

    @Test
    void nameKeepsFirstAndLastCharacter() {
        assertThat(Masking.name("张三伟")).isEqualTo("张*伟");
        assertThat(Masking.name("张伟")).isEqualTo("张*");
    }

    @Test
    void subtreeOfACountyIsItsSixDigitPrefix() {
        RegionCode wuchang = RegionCode.of("420106000000");
        assertThat(wuchang.contains(RegionCode.of("420106006001"))).isTrue();
        assertThat(wuchang.contains(RegionCode.of("420102010000"))).isFalse();
        assertThat(RegionCode.of("420106006000").contains(RegionCode.of("420106002006"))).isFalse();
    }
}
