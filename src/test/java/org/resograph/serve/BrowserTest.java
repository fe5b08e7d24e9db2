package org.resograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
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
import org.resograph.cli.Main;
import org.resograph.store.TdbStore;

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
    static DatasetGraph dsg;
    static FusekiServer server;
    static WebDriver browser;
    static String root;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") != null) assertTrue(present, "CI must install chromium and chromium-driver (.ci/run does)");
        assumeTrue(present, "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        Path db = tmp.resolve("db");
        assertEquals(0, Main.commandLine().execute("load", "-q", "--db", db.toString(), "seeds"));
        dsg = TdbStore.open(db);
        server = ResoServer.build(dsg, new ResoServer.Settings(0, false, false, Duration.ofSeconds(30), 10_000));
        server.start();
        root = "http://localhost:" + server.getHttpPort();

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
        if (server != null) server.stop();
        if (dsg != null) TdbStore.close(dsg);
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

    private static void shot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }
}
