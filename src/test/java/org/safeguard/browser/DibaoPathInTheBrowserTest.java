package org.safeguard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safeguard.household.web.TestHouseholds;
import org.safeguard.shared.Masking;

/**
 * The whole dibao path in a real browser, as the people who do it: the caseworker registers the application from the
 * household page and takes it through acceptance, investigation, verification and the 7-day public notice (each step
 * dated in the past, as caseworkers record steps after the fact); the county reviewer approves the calculator's
 * amount; the finance officer generates next month's payroll and finds the household's line with that amount.
 */
class DibaoPathInTheBrowserTest extends BrowserTestSupport {

    private static final String CHUCAI = "420106006001";

    @Test
    void aHouseholdGoesFromApplicationToItsFirstPayrollLine() throws Exception {
        String account = "62220202" + String.format("%011d", Math.abs(System.nanoTime()) % 100_000_000_000L);
        String household = JsonPath.read(registerWithAccount(CHUCAI, TestHouseholds.idNumber("420106"), TestHouseholds.name(), account), "$.id");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate submitted = today.minusDays(20);

        logIn("worker");
        driver.get(url("/households/" + household));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("apply-dibao"))).click();
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("channel")))).selectByValue("WINDOW");
        setValue(driver.findElement(By.id("submittedOn")), submitted.toString());
        driver.findElement(By.cssSelector("#register-application button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("app-state")));
        assertThat(driver.findElement(By.id("app-procedure")).getText()).isNotBlank();

        act("RECORD_SIGNATURES", submitted.plusDays(1), Map.of(), true);
        act("RECORD_MATERIALS", submitted.plusDays(1), Map.of(), true);
        act("ACCEPT", submitted.plusDays(1), Map.of(), false);
        act("START_INVESTIGATION", submitted.plusDays(2), Map.of(), false);
        act("RECORD_INVESTIGATION", submitted.plusDays(2), Map.of("method", "ONSITE", "investigators", "王明\n李华"), false);
        facts(submitted.plusDays(2));
        act("RECORD_VERIFICATION", submitted.plusDays(3), Map.of("department", "税务局", "result", "CONSISTENT"), false);
        act("COMPLETE_INVESTIGATION", submitted.plusDays(3), Map.of(), false);
        act("POST_NOTICE", submitted.plusDays(4), Map.of("opinion", "家庭人均收入低于当地低保标准，拟同意", "noticeLocation", "楚材社区公示栏"), false);
        assertThat(driver.findElement(By.id("print-public-notice")).getAttribute("href")).contains("/notices/public");
        act("SEND_TO_COUNTY", submitted.plusDays(12), Map.of(), false);
        String caseUrl = driver.getCurrentUrl();
        String calculated = driver.findElement(By.id("calc-amount")).getText();
        driver.findElement(By.id("logout")).click();

        logIn("reviewer");
        driver.get(caseUrl);
        act("APPROVE", today, Map.of(), false);
        assertThat(driver.findElement(By.id("app-state")).getAttribute("textContent")).isNotBlank();
        String decided = new BigDecimal(driver.findElement(By.id("decided-amount")).getText()).setScale(2).toPlainString();
        assertThat(new BigDecimal(decided)).isEqualByComparingTo(new BigDecimal(calculated));
        assertThat(driver.findElement(By.id("print-approval")).isDisplayed()).isTrue();
        driver.findElement(By.id("logout")).click();

        // enrolment follows the approval event after commit (an event listener), so wait for it
        Awaitility.await("household enrolled after approval").atMost(Duration.ofSeconds(30))
                .until(() -> apiGet("worker", "/api/v1/dibao/beneficiaries/" + household).statusCode() == 200);
        logIn("worker");
        driver.get(url("/beneficiaries/" + household));
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main"))).getText())
                .contains(decided.substring(0, decided.indexOf('.')));
        driver.findElement(By.id("logout")).click();

        logIn("finance");
        driver.get(url("/payrolls"));
        WebElement region = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start-region")));
        region.clear();
        region.sendKeys(CHUCAI);
        setValue(driver.findElement(By.id("start-month")), YearMonth.from(today).plusMonths(1).toString());
        new Select(driver.findElement(By.id("start-benefit"))).selectByValue("DIBAO");
        driver.findElement(By.cssSelector("#start-payroll button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("payroll-state")));
        String payrollUrl = driver.getCurrentUrl();
        wait.until(d -> {
            d.get(payrollUrl);
            return !d.findElements(By.id("lines")).isEmpty() && d.findElement(By.id("lines")).getText().contains(Masking.bankAccount(account));
        });
        WebElement line = driver.findElements(By.cssSelector("#lines tbody tr")).stream()
                .filter(r -> r.getText().contains(Masking.bankAccount(account))).findFirst().orElseThrow();
        assertThat(line.getText()).contains(decided);
        assertThat(driver.getPageSource()).doesNotContain(account);
    }

    /** Opens an action's form on the case page, fills it, submits it and waits for the page to come back without an error. */
    private void act(String action, LocalDate on, Map<String, String> fields, boolean tickAll) {
        WebElement details = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action-" + action)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].open = true", details);
        WebElement form = driver.findElement(By.id("form-" + action));
        setValue(form.findElement(By.name("on")), on.toString());
        fields.forEach((name, value) -> {
            WebElement field = form.findElement(By.name(name));
            if (field.getTagName().equals("select")) {
                new Select(field).selectByValue(value);
            } else {
                field.clear();
                field.sendKeys(value);
            }
        });
        if (tickAll) {
            form.findElements(By.cssSelector("input[type=checkbox]")).forEach(box -> {
                if (!box.isSelected()) {
                    box.click();
                }
            });
        }
        submitAndWait(form);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("app-state")));
        assertThat(driver.findElements(By.id("error"))).as("%s refused: %s", action,
                driver.findElements(By.id("error")).stream().map(WebElement::getText).findFirst().orElse("")).isEmpty();
    }

    /** The head's wage over the six reference months: 1,200 yuan, so 200 a month per person. */
    private void facts(LocalDate on) {
        WebElement details = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action-RECORD_FACTS")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].open = true", details);
        WebElement form = driver.findElement(By.id("form-RECORD_FACTS"));
        setValue(form.findElement(By.name("on")), on.toString());
        new Select(form.findElement(By.cssSelector("select[name^='income.'][name$='.0.type']"))).selectByValue("WAGE");
        form.findElement(By.cssSelector("input[name^='income.'][name$='.0.amount']")).sendKeys("1200");
        submitAndWait(form);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calc-amount")));
    }

    /**
     * Submits and waits for the next page: a marker set on the old page's window is gone once the new page has loaded
     * (waiting for the old form to go stale races with Chromium discarding its nodes).
     */
    private void submitAndWait(WebElement form) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.safeguardOldPage = true");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return window.safeguardOldPage === undefined && document.readyState === 'complete'")));
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", input, value);
    }
}
