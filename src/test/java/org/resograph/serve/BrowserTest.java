package org.resograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A person's walk through the served seeds in a real browser (Debian's headless Chromium through
 * its chromedriver and Selenium): the home page, a document, one of its citations, and back by
 * the cited page's "cited by" link. Screenshots go to target/screenshots. Skipped where Chromium
 * is not installed, except in CI, where .ci/run installs it and its absence is a failure.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path tmp;
    static SeedsServer seeds;
    static WebDriver browser;
    static String root;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") != null) assertTrue(present, "CI must install chromium and chromium-driver (.ci/run does)");
        assumeTrue(present, "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        seeds = SeedsServer.start(tmp);
        root = seeds.root();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-extensions", "--window-size=1280,1600");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (seeds != null) seeds.close();
    }

    @Test
    void homeDocumentCitationAndBackByCitedBy() throws Exception {
        browser.get(root + "/");
        shot("1-home");
        assertFalse(browser.getTitle().isBlank());
        List<WebElement> documents = browser.findElements(By.cssSelector("a[href^='/id/document/']"));
        assertEquals(5, documents.stream().map(a -> a.getDomAttribute("href")).distinct().count(), "documents listed on the home page");

        // Open a document that cites a resolution.
        String documentPath = null;
        for (String href : documents.stream().map(a -> a.getDomAttribute("href")).distinct().toList()) {
            browser.get(root + href);
            if (!browser.findElements(By.cssSelector("a[href^='/id/resolution/']")).isEmpty()) {
                documentPath = href;
                break;
            }
        }
        assertTrue(documentPath != null, "no document page links a cited resolution");
        shot("2-document");
        String documentTitle = browser.getTitle();
        assertFalse(browser.findElements(By.cssSelector("[id^='operative-']")).isEmpty(), "operative paragraph anchors");

        // Follow a citation to the cited resolution's page.
        WebElement citation = browser.findElement(By.cssSelector("a[href^='/id/resolution/']"));
        String citedPath = citation.getDomAttribute("href");
        citation.click();
        assertTrue(browser.getCurrentUrl().endsWith(citedPath), browser.getCurrentUrl());
        shot("3-cited");

        // Its "cited by" links lead back to the document.
        String back = documentPath;
        List<WebElement> citedBy = browser.findElements(By.cssSelector("a[href^='" + back + "']"));
        assertFalse(citedBy.isEmpty(), "the cited page has no link back to " + back);
        citedBy.get(0).click();
        assertTrue(browser.getCurrentUrl().contains(back), browser.getCurrentUrl());
        assertEquals(documentTitle, browser.getTitle());
        shot("4-back");
    }

    @Test
    void searchFindsADocumentBySymbol() throws Exception {
        browser.get(root + "/");
        WebElement box = browser.findElement(By.name("q"));
        box.sendKeys("L.3");
        box.submit();
        assertTrue(browser.getCurrentUrl().contains("q=L.3"), browser.getCurrentUrl());
        assertFalse(browser.findElements(By.cssSelector("a[href*='L.3']")).isEmpty(), "search for L.3 lists no document");
        shot("5-search");
    }

    @Test
    void aQueryFromTheListWithAParameterThenALineageBox() throws Exception {
        browser.get(root + "/");
        browser.findElement(By.cssSelector("header a[href='/query']")).click();
        assertTrue(browser.getCurrentUrl().endsWith("/query"), browser.getCurrentUrl());
        browser.findElement(By.cssSelector("a[href='/query/mandates']")).click();
        WebElement body = browser.findElement(By.name("body"));
        body.sendKeys("SG");
        body.submit();
        assertTrue(browser.getCurrentUrl().contains("body=SG"), browser.getCurrentUrl());
        List<WebElement> rows = browser.findElements(By.cssSelector("table.query tbody tr"));
        assertFalse(rows.isEmpty(), "no mandates to the Secretary-General on the seeds");
        for (WebElement row : rows) assertTrue(row.getText().contains("Secretary-General"), row.getText());
        shot("6-query");

        // The revised draft's lineage picture: a box for a cited resolution leads to its page.
        browser.get(root + "/id/document/E/CN.15/2019/L.3/Rev.1");
        List<WebElement> boxes = browser.findElements(By.cssSelector("figure.lineage svg a"));
        assertTrue(boxes.size() >= 5, "boxes in the lineage picture: " + boxes.size());
        WebElement resolution = null;
        for (WebElement a : boxes) {
            String href = a.getDomAttribute("href");
            if (href != null && href.startsWith("/id/resolution/")) resolution = a;
        }
        assertTrue(resolution != null, "no resolution box in the picture");
        String target = resolution.getDomAttribute("href");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", resolution);
        shot("7-lineage");
        resolution.click();
        assertTrue(browser.getCurrentUrl().endsWith(target), browser.getCurrentUrl());
    }

    private static void shot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }
}
