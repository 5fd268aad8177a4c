package org.safeguard.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void everyFormulaTriggerAtTheStartOfATextCellIsNeutralised() {
        assertThat(CsvCells.text("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(CsvCells.text("+1+cmd|' /C calc'!A0")).startsWith("'+");
        assertThat(CsvCells.text("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.text("@SUM(1+1)")).isEqualTo("'@SUM(1+1)");
        assertThat(CsvCells.text("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.text("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        assertThat(CsvCells.text("中国工商银行武汉分行")).isEqualTo("中国工商银行武汉分行");
        assertThat(CsvCells.text("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.text("")).isEmpty();
        assertThat(CsvCells.text(null)).isEmpty();
    }

    @Test
    void quotingFollowsRfc4180() {
        assertThat(CsvCells.quoted("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvCells.quoted("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCells.quoted("plain")).isEqualTo("plain");
    }
}
