package org.tierdesk.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for browser tests (Debian {@code chromium} and {@code chromium-driver}), in
 * English, against the {@link TierdeskServer}. Both binaries are given explicitly so that Selenium
 * Manager never downloads a browser or driver.
 *
 * <pre>{@code
 * try (Browser browser = Browser.open()) {
 *   browser.go("/login.xhtml");
 *   browser.driver().findElement(...).click();
 *   browser.waitForAjax();
 *   browser.screenshot("login");
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {

  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** True when no PrimeFaces or jQuery request is running and the page has loaded. */
  private static final String QUIET_PAGE =
      "return document.readyState === 'complete'"
          + " && (!window.jQuery || window.jQuery.active === 0)"
          + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());";

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts a fresh browser (own profile: no cookies, no session) with English as its language. */
  public static Browser open() {
    return open("en");
  }

  /**
   * Starts a fresh browser whose preferred language is the given one ({@code "ru"}, {@code "en"}),
   * as a person's browser would send it in Accept-Language.
   */
  public static Browser open(String language) {
    // Belt and braces: with the driver given here Selenium Manager has nothing to look up.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    Path profile = createDirectory(buildDirectory().resolve("chromium"), "profile-");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .withLogFile(buildDirectory().resolve("chromium").resolve("chromedriver.log").toFile())
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1366,900",
        "--lang=" + language,
        "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(WAIT);
    return new Browser(driver, profile);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Loads a page of the server, e.g. {@code go("/portal/index.xhtml")}, and waits for it. */
  public Browser go(String path) {
    driver.get(TierdeskServer.baseUri() + path);
    waitForAjax();
    return this;
  }

  /** Logs in through the login form and waits for the page it leads to. */
  public Browser logIn(String username, String password) {
    return go("/login.xhtml").submitLogin(username, password);
  }

  /** Fills in and sends the login form of the page already open, and waits for the next page. */
  public Browser submitLogin(String username, String password) {
    driver.findElement(By.id("login:username")).sendKeys(username);
    driver.findElement(By.id("login:password")).sendKeys(password);
    return submitPage("login:submit");
  }

  /**
   * Clicks the button {@code id} that posts its whole form (not AJAX) and waits for the page the
   * answer loads. The click may return before the browser has left the page, where a check of the
   * page alone would still see the old one: it marks the old page's window and waits until a page
   * without the mark has loaded. (Waiting for the old {@code <html>} element to go stale failed
   * once in CI: asked about it mid-navigation, chromedriver answered "Node with given id does not
   * belong to the document" instead of "stale element".)
   */
  public Browser submitPage(String id) {
    driver.executeScript("window.tierdeskLeftPage = true;");
    driver.findElement(By.id(id)).click();
    waitUntil(Browser::onNewPage);
    return waitForAjax();
  }

  /**
   * Whether the browser shows another page than the one {@link #submitPage} marked; false
   * mid-navigation. That the new page has loaded is {@link #waitForAjax}'s to wait for.
   */
  private static boolean onNewPage(WebDriver webDriver) {
    try {
      return Boolean.TRUE.equals(
          ((JavascriptExecutor) webDriver)
              .executeScript("return window.tierdeskLeftPage === undefined;"));
    } catch (WebDriverException navigating) {
      return false;
    }
  }

  /** Waits until the page has loaded and no PrimeFaces AJAX request is queued or running. */
  public Browser waitForAjax() {
    waitUntil(webDriver -> (Boolean) ((JavascriptExecutor) webDriver).executeScript(QUIET_PAGE));
    return this;
  }

  /**
   * Waits up to 30 s until the condition gives something other than null or false. When it times
   * out, the failure names the page and what its messages said, so that a CI log shows why.
   */
  public <T> T waitUntil(Function<WebDriver, T> condition) {
    try {
      // A partial update may replace the element a condition just found; look again then.
      return new WebDriverWait(driver, WAIT)
          .ignoring(StaleElementReferenceException.class)
          .until(condition);
    } catch (TimeoutException e) {
      throw new TimeoutException(e.getMessage() + "\n" + describePage(), e);
    }
  }

  /**
   * Waits up to 30 s until the element {@code id} shows {@code expected} (an update that replaces
   * it meanwhile is waited out), for what a partial update writes after the request is done.
   */
  public Browser waitForText(String id, String expected) {
    waitUntil(
        d -> d.findElements(By.id(id)).stream().anyMatch(e -> e.getText().contains(expected)));
    return this;
  }

  /**
   * Picks the entry with this label in the PrimeFaces select menu {@code id} the way a person does
   * (open the menu, click the entry) and waits until the menu shows it. A click that lands while a
   * panel is still opening or closing is lost in the browser, so a pick the menu does not show
   * within a few seconds is made again, up to three times.
   */
  public void choose(String id, String label) {
    choose(id, label, d -> label.equals(d.findElement(By.id(id + "_label")).getText()));
  }

  /**
   * Like {@link #choose(String, String)} for a menu whose choice acts and resets itself: the pick
   * counts once {@code picked} holds after the AJAX request it started.
   */
  public void choose(String id, String label, Function<WebDriver, Boolean> picked) {
    By panels = By.cssSelector(".ui-selectonemenu-panel");
    By items = By.cssSelector("[id='" + id + "_items'] li");
    TimeoutException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      if (attempt > 0) {
        // A lost click can leave this menu's panel open: a click on the menu closes it again.
        driver.findElements(By.id(id + "_panel")).stream()
            .filter(WebElement::isDisplayed)
            .findFirst()
            .ifPresent(panel -> driver.findElement(By.id(id)).click());
      }
      waitUntil(d -> d.findElements(panels).stream().noneMatch(WebElement::isDisplayed));
      driver.findElement(By.id(id)).click();
      // A long menu has a filter: type the label so that the entry shows without scrolling.
      driver.findElements(By.id(id + "_filter")).stream()
          .filter(WebElement::isDisplayed)
          .findFirst()
          .ifPresent(
              filter -> {
                filter.clear();
                filter.sendKeys(label);
              });
      WebElement item =
          waitUntil(
              d ->
                  d.findElements(items).stream()
                      .filter(li -> label.equals(li.getAttribute("data-label")))
                      .filter(WebElement::isDisplayed)
                      .findFirst()
                      .orElse(null));
      item.click();
      waitForAjax();
      try {
        new WebDriverWait(driver, Duration.ofSeconds(5))
            .ignoring(StaleElementReferenceException.class)
            .until(picked);
        return;
      } catch (TimeoutException e) {
        last = e;
      }
    }
    throw new TimeoutException(
        "menu " + id + " never took '" + label + "'\n" + describePage(), last);
  }

  /** The page's address, title and the text of its messages, for a failure report. */
  private String describePage() {
    try {
      String messages =
          driver.findElements(By.cssSelector(".ui-messages, .ui-growl, .ui-message")).stream()
              .map(WebElement::getText)
              .filter(text -> !text.isBlank())
              .collect(Collectors.joining(" | "));
      return "page "
          + driver.getCurrentUrl()
          + " titled '"
          + driver.getTitle()
          + "' shows the messages: '"
          + messages
          + "'";
    } catch (WebDriverException e) {
      return "the page could not be described: " + e.getMessage();
    }
  }

  /** Saves the visible page as {@code <build dir>/screenshots/<name>.png} and returns the file. */
  public Path screenshot(String name) {
    Path target = buildDirectory().resolve("screenshots").resolve(name + ".png");
    try {
      Files.createDirectories(target.getParent());
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          target,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save the screenshot " + target, e);
    }
    return target;
  }

  /** Ends the browser and removes its profile. */
  public void quit() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  @Override
  public void close() {
    quit();
  }

  /** The Maven build directory; failsafe's {@code it.workdir} lies directly inside it. */
  static Path buildDirectory() {
    String workdir = System.getProperty("it.workdir");
    if (workdir == null || workdir.isBlank()) {
      return Path.of("target").toAbsolutePath();
    }
    return Path.of(workdir).toAbsolutePath().getParent();
  }

  private static Path createDirectory(Path parent, String prefix) {
    try {
      Files.createDirectories(parent);
      return Files.createTempDirectory(parent, prefix);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create a browser profile under " + parent, e);
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException | UncheckedIOException e) {
      // A leftover profile under the build directory does no harm; the next clean removes it.
    }
  }
}
