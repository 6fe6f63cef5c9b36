package io.github.cvdsl.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The preview in a real browser (Debian's Chromium, driven through chromedriver): the page
 * follows each save by itself, keeps its scroll position, shows a mistake and recovers from it.
 *
 * <p>Chromium is required, not optional: without it this test fails and says how to install it
 * ({@code .ci/run} does). {@code -Dcvdsl.chromium=...} and {@code -Dcvdsl.chromedriver=...} point
 * at other installations.
 */
class PreviewInBrowserTest {
  private static final String SUMMARY = "Building and maintaining the BIDI CDN for iPlayer.";

  @TempDir Path dir;
  private ExampleProject project;
  private ChromeDriver browser;

  @BeforeEach
  void open() throws Exception {
    Path chromium = Path.of(System.getProperty("cvdsl.chromium", "/usr/bin/chromium"));
    Path chromedriver = Path.of(System.getProperty("cvdsl.chromedriver", "/usr/bin/chromedriver"));
    if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
      fail(
          "The browser test needs Chromium and its driver at "
              + chromium
              + " and "
              + chromedriver
              + ": install them (Debian: apt-get install chromium chromium-driver; .ci/run does),"
              + " or point -Dcvdsl.chromium and -Dcvdsl.chromedriver at them");
    }
    project = new ExampleProject(dir.resolve("project"));
    project.start(0, null);

    ChromeOptions options = new ChromeOptions();
    // Given a browser and a driver, Selenium Manager has nothing to download.
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1000,800",
        "--user-data-dir=" + Files.createDirectory(dir.resolve("chromium-profile")));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void close() throws Exception {
    try {
      if (browser != null) {
        browser.quit();
      }
    } finally {
      if (project != null) {
        project.close();
      }
    }
  }

  @Test
  void followsEachSaveShowsAMistakeAndRecoversWithoutAReload() throws Exception {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get(project.uri("/").toString());
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), SUMMARY));
    assertEquals("Kura", browser.findElement(By.tagName("h1")).getText());

    JavascriptExecutor js = browser;
    js.executeScript("window.scrollTo(0, 700); window.cvdslSamePage = 'yes';");
    long scrolled = scrollY();
    assertTrue(scrolled > 0, "the example CV is taller than the window");

    project.edit(SUMMARY, "Running the BIDI CDN for iPlayer, edited.");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("body"), "Running the BIDI CDN for iPlayer, edited."));
    assertEquals("yes", js.executeScript("return window.cvdslSamePage"), "no reload");
    assertEquals(scrolled, scrollY(), "the scroll position stays");

    js.executeScript("window.scrollTo(0, 0);");
    project.edit("start = \"2019-08\"", "start = \"2019-13\"");
    WebElement panel =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cvdsl-problems")));
    int line = project.lineOf("start = \"2019-13\"");
    String text = panel.getText();
    assertTrue(text.contains("[cvdsl:date] start \"2019-13\" is not a date"), text);
    assertTrue(text.contains(ExampleProject.RELATIVE_SOURCE + ":" + line + ":"), text);
    List<String> sourceAndCaret =
        List.of(panel.findElement(By.cssSelector("pre.cvdsl-source")).getText().split("\n"));
    assertEquals("start = \"2019-13\",", sourceAndCaret.get(0).strip());
    assertEquals(sourceAndCaret.get(0).indexOf('"'), sourceAndCaret.get(1).indexOf('^'));
    assertTrue(
        browser.findElement(By.tagName("body")).getText().contains("Running the BIDI CDN"),
        "the last good CV stays under the message");
    Path screenshot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(
        screenshot,
        Path.of("target/watch-error.png"),
        StandardCopyOption.REPLACE_EXISTING);
    String docs = System.getProperty("cvdsl.screenshot");
    if (docs != null) {
      Files.copy(screenshot, Path.of(docs), StandardCopyOption.REPLACE_EXISTING);
    }

    project.edit("start = \"2019-13\"", "start = \"2019-08\"");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cvdsl-problems")));
    assertTrue(browser.findElements(By.id("cvdsl-problems")).isEmpty());
    assertTrue(browser.findElement(By.tagName("body")).getText().contains("Running the BIDI CDN"));
    assertEquals("yes", js.executeScript("return window.cvdslSamePage"), "still no reload");
  }

  private long scrollY() {
    return ((Number) ((JavascriptExecutor) browser).executeScript("return window.scrollY"))
        .longValue();
  }
}
