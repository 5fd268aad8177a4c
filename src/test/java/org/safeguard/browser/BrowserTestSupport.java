package org.safeguard.browser;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the whole application on a random port (same test properties as
 * {@code @SafeguardTest}) and a fresh headless Chromium per test, driven through the system's
 * chromedriver (nothing is downloaded). Without Chromium, or with {@code -Dsafeguard.browser-tests=false},
 * the tests are skipped with a message saying why and how to enable them; a screenshot of the last
 * page of every test is saved under {@code target/screenshots/}.
 */
@ExtendWith(ChromiumAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"safeguard.demo.enabled=true", "safeguard.demo.households=60"})
public abstract class BrowserTestSupport {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String DEMO_PASSWORD = "Safeguard-Demo-2020";
    static final Duration WAIT = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    protected WebDriver driver;
    protected WebDriverWait wait;
    private ChromeDriverService service;
    private Path profile;

    @BeforeAll
    static void requireChromium() {
        String reason = whyUnavailable();
        if (reason != null) {
            // Printed as well, so the reason shows in the Maven log and not only in the test report.
            System.out.println(reason);
            Assumptions.abort(reason);
        }
    }

    static String whyUnavailable() {
        if ("false".equalsIgnoreCase(System.getProperty("safeguard.browser-tests", "true"))) {
            return "Browser tests skipped: -Dsafeguard.browser-tests=false was given. Leave it out to run them "
                    + "(they need /usr/bin/chromium and /usr/bin/chromedriver: apt-get install -y chromium chromium-driver).";
        }
        for (String binary : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(Path.of(binary))) {
                return "Browser tests skipped: " + binary + " is missing. To run them, install Chromium and its driver: "
                        + "apt-get install -y chromium chromium-driver (then run the build again).";
            }
        }
        return null;
    }

    @BeforeEach
    void openBrowser() throws IOException {
        System.setProperty("SE_OFFLINE", "true");
        profile = Files.createTempDirectory("safeguard-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--user-data-dir=" + profile);
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, WAIT);
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws IOException {
        try {
            screenshot(test.getTestMethod().map(m -> m.getName()).orElse("test"));
        } finally {
            driver.quit();
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Saves the current page as target/screenshots/{test class}-{name}.png. */
    protected void screenshot(String name) throws IOException {
        if (driver instanceof TakesScreenshot camera) {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            File shot = camera.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(getClass().getSimpleName() + "-" + name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void logIn(String username) {
        driver.get(url("/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    /** A GET on the JSON API as a demo user (HTTP Basic); returns the response. */
    protected HttpResponse<String> apiGet(String username, String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Basic " + basic)
                .header("Accept", "application/json").GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Registers a one-person household with a bank account through the JSON API; returns the response body. */
    protected String registerWithAccount(String regionCode, String idNumber, String name, String bankAccount) throws Exception {
        String body = """
                {"regionCode":"%s","hukouType":"URBAN","address":"测试路 9 号","bankAccount":"%s","bankName":"工商银行",
                 "members":[{"idNumber":"%s","name":"%s","relationship":"HEAD","coResiding":true,"phone":"13912345678"}]}
                """.formatted(regionCode, bankAccount, idNumber, name);
        String basic = Base64.getEncoder().encodeToString(("worker:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/v1/households")))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("registration failed: " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /**
     * Registers a one-person household through the JSON API (HTTP Basic), to set up a scene quickly.
     * Returns the response body.
     */
    protected String registerViaApi(String username, String regionCode, String idNumber, String name) throws Exception {
        String body = """
                {"regionCode":"%s","hukouType":"URBAN","address":"测试路 8 号",
                 "members":[{"idNumber":"%s","name":"%s","relationship":"HEAD","coResiding":true,"phone":"13912345678"}]}
                """.formatted(regionCode, idNumber, name);
        String basic = Base64.getEncoder().encodeToString((username + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/v1/households")))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("registration failed: " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
