package org.safeguard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.safeguard.household.web.TestHouseholds;
import org.safeguard.shared.Masking;

/** The registry as staff use it, in a real headless Chromium (see {@link BrowserTestSupport}). */
class RegistryInTheBrowserTest extends BrowserTestSupport {

    static final String CHUCAI = "420106006001";
    static final String JIANGMA = "420102010006";

    @Test
    void workerLogsInAndSeesTheHomePageWithTheirCounts() {
        logIn("worker");
        assertThat(driver.findElement(By.id("count-households")).getText()).matches("\\d+");
        assertThat(driver.findElement(By.className("whoami")).getText()).isEqualTo("worker");
    }

    @Test
    void switchingToEnglishShowsEnglishLabelsAndSwitchingBackShowsChinese() throws Exception {
        logIn("community");
        driver.get(url("/households"));
        driver.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Households"));
        assertThat(driver.findElement(By.cssSelector("label[for=name]")).getText()).isEqualTo("Name");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(driver.getCurrentUrl()).endsWith("/households");
        screenshot("inEnglish");

        driver.findElement(By.id("lang-zh")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "家庭户籍"));
        assertThat(driver.findElement(By.cssSelector("label[for=name]")).getText()).isEqualTo("姓名");
    }

    @Test
    void nameSearchShowsMaskedResultsOnlyFromMyRegion() throws Exception {
        String prefix = TestHouseholds.name();
        String mineId = TestHouseholds.idNumber("420106");
        String otherId = TestHouseholds.idNumber("420102");
        registerViaApi("worker", CHUCAI, mineId, prefix + "甲");
        registerViaApi("worker2", JIANGMA, otherId, prefix + "乙");

        logIn("worker");
        driver.get(url("/households"));
        // Active search: typing is enough, htmx fetches the results.
        driver.findElement(By.id("name")).sendKeys(prefix);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results-table tr.result-row"), 1));

        WebElement row = driver.findElement(By.cssSelector("#results-table tr.result-row"));
        assertThat(row.getText()).contains(prefix + "甲").contains(Masking.idNumber(mineId)).contains("139****5678");
        assertThat(row.findElement(By.className("region-name")).getAttribute("data-region")).startsWith("420106006");
        assertThat(driver.getPageSource()).doesNotContain(mineId).doesNotContain(prefix + "乙").doesNotContain("13912345678");

        // The ID-number search is a POST: the number never appears in the address.
        driver.findElement(By.id("name")).clear();
        driver.findElement(By.id("idNumber")).sendKeys(mineId);
        driver.findElement(By.id("search-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), prefix + "甲"));
        assertThat(driver.getCurrentUrl()).doesNotContain(mineId);
    }

    @Test
    void badIdNumberIsShownBesideTheFieldAndInTheSummaryThenTheFixedHouseholdIsSaved() throws Exception {
        String name = TestHouseholds.name();
        String good = TestHouseholds.idNumber("420106");
        String bad = TestHouseholds.withWrongCheckDigit(good);

        logIn("worker");
        driver.get(url("/households/new"));
        new Select(driver.findElement(By.id("regionCode"))).selectByValue(CHUCAI);
        new Select(driver.findElement(By.id("hukouType"))).selectByValue("URBAN");
        driver.findElement(By.id("address")).sendKeys("中华路 18 号");
        driver.findElement(By.id("members0-idNumber")).sendKeys(bad);
        driver.findElement(By.id("members0-name")).sendKeys(name);

        // Add a second row with htmx and remove it again: what was typed stays.
        driver.findElement(By.id("add-member")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("member-row-1")));
        driver.findElement(By.id("remove-member-1")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("fieldset.member"), 1));
        assertThat(driver.findElement(By.id("members0-name")).getAttribute("value")).isEqualTo(name);

        driver.findElement(By.id("save-household")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("members0-idNumber-error")));
        WebElement field = driver.findElement(By.id("members0-idNumber"));
        assertThat(error.getText()).isNotBlank();
        assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getAttribute("aria-describedby")).contains("members0-idNumber-error");
        assertThat(field.getAttribute("value")).isEqualTo(bad);
        List<WebElement> summaryLinks = driver.findElements(By.cssSelector("#error-summary a[href='#members0-idNumber']"));
        assertThat(summaryLinks).hasSize(1);
        assertThat(summaryLinks.get(0).getText()).endsWith(error.getText()).isNotEqualTo(error.getText());
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        screenshot("formWithErrors");

        field.clear();
        field.sendKeys(good);
        driver.findElement(By.id("save-household")).click();
        wait.until(ExpectedConditions.urlMatches("/households/[0-9a-f-]{36}$"));
        assertThat(driver.findElement(By.id("flash")).getText()).isNotBlank();
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).contains(name);
        assertThat(driver.findElement(By.id("members-table")).getText()).contains(Masking.idNumber(good));
    }

    @Test
    void revealingAnIdNumberShowsTheFullNumberAndIsInTheHistoryAndTheAuditLog() throws Exception {
        String id = TestHouseholds.idNumber("420106");
        String name = TestHouseholds.name();
        registerViaApi("worker", CHUCAI, id, name);

        logIn("community");
        driver.get(url("/households?name=" + name));
        driver.findElement(By.linkText(name)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("members-table")));
        int entriesBefore = driver.findElements(By.cssSelector("#history-table tr.history-entry")).size();
        assertThat(driver.getPageSource()).doesNotContain(id);

        WebElement revealButton = driver.findElement(By.cssSelector("a.reveal"));
        String memberId = revealButton.getAttribute("id").substring("reveal-".length());
        revealButton.click();
        // the purpose is asked in the cell before anything is shown
        WebElement caseWork = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("td.identity input[value='CASE_WORK']")));
        assertThat(driver.findElement(By.cssSelector("td.identity")).getText()).doesNotContain(id);
        caseWork.click();
        driver.findElement(By.cssSelector("td.identity button.reveal-confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("td.identity"), id));
        assertThat(driver.findElement(By.cssSelector("td.identity")).getText()).contains("13912345678");

        driver.navigate().refresh();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#history-table tr.history-entry"), entriesBefore + 1));
        WebElement newest = driver.findElement(By.cssSelector("#history-table tr.history-entry"));
        assertThat(newest.getText()).contains("community");
        assertThat(newest.findElement(By.className("history-action")).getText()).isIn("查看完整个人信息", "Personal data revealed");
        assertThat(driver.getPageSource()).doesNotContain(id);

        // The auditor finds the same reveal in the audit log.
        driver.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-submit")));
        logIn("auditor");
        driver.get(url("/audit?action=PERSONAL_DATA_REVEALED&purpose=CASE_WORK&user=community&entityType=HOUSEHOLD_MEMBER&entityId=" + memberId));
        WebElement entry = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#audit-entries tbody tr")));
        assertThat(driver.findElements(By.cssSelector("#audit-entries tbody tr"))).hasSize(1);
        assertThat(entry.getText()).contains("community").contains("PERSONAL_DATA_REVEALED").contains(memberId);
        assertThat(driver.getPageSource()).doesNotContain(id);
    }

    @Test
    void regionTreeNodeExpandsInPlaceFromTheKeyboard() {
        logIn("reviewer");
        driver.get(url("/regions"));
        WebElement expander = wait.until(ExpectedConditions.elementToBeClickable(By.id("expand-420106006000")));
        assertThat(expander.getAttribute("href")).endsWith("/regions/420106006000");
        expander.sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#children-420106006000 [data-code='420106006001']")));
        assertThat(driver.getCurrentUrl()).endsWith("/regions");
        assertThat(driver.findElement(By.id("expand-420106006000")).getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(driver.findElements(By.cssSelector("[data-code^='420102']"))).isEmpty();
    }
}
