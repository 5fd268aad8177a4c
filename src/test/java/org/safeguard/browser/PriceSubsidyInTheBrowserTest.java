package org.safeguard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Recording a price index and issuing the subsidy, in a real headless Chromium (see {@link BrowserTestSupport}). */
class PriceSubsidyInTheBrowserTest extends BrowserTestSupport {

    @Test
    void aReviewerRecordsAnIndexThatTriggersAndFinanceIssuesTheMonth() throws Exception {
        logIn("reviewer");
        driver.get(url("/price-subsidies?regionCode=420106000000"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#price-chart canvas")));
        driver.findElement(By.id("i-region")).clear();
        driver.findElement(By.id("i-region")).sendKeys("420106000000");
        // type=month and type=date inputs take the value as typed digits in Chromium; set them directly instead.
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('i-month').value='2023-05';document.getElementById('i-published').value='2023-06-09';");
        driver.findElement(By.id("i-cpi")).sendKeys("4.0");
        driver.findElement(By.id("i-food")).sendKeys("2.0");
        driver.findElement(By.cssSelector("#record-index button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        assertThat(driver.findElement(By.id("evaluation-2023-05")).getAttribute("class")).contains("triggered");
        screenshot("recorded");

        driver.manage().deleteAllCookies();
        logIn("finance");
        driver.get(url("/price-subsidies?regionCode=420106006001"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById('is-month').value='2023-05';");
        driver.findElement(By.cssSelector("#issue button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches(".*/payrolls/[0-9a-f-]{36}$"));
        assertThat(driver.getPageSource()).contains("PRICE_SUBSIDY");
    }
}
