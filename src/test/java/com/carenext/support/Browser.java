package com.carenext.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium shell, driving the application on 127.0.0.1. Without it the browser tests are skipped
 * on a developer's machine, but under {@code CI=true} they must run: a missing browser fails the build there.
 * Screenshots go to {@code target/screenshots/} to be looked at.
 */
public final class Browser implements AutoCloseable {

    /**
     * Chromium's headless shell (Debian's {@code chromium-headless-shell}: the same Blink and V8 without the browser's
     * own windows, profile services and extensions), not {@code chromium --headless=new}: the same five journeys took
     * 98 s of the machine's CPU instead of 133 s. The binary itself, not {@code /usr/bin}'s wrapper script, so that
     * stopping the process stops Chromium.
     */
    private static final Path CHROMIUM = Path.of("/usr/lib/chromium/chromium-headless-shell");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * Chromium windows of closed browsers, by form factor (office screen or phone), to be handed to the next journey
     * of this JVM: starting Chromium took a tenth of the journeys' time (≈ 2.5 s each). A window is put back only
     * after its cookies, storage, service workers and cache are cleared and the network is on again, so a journey
     * still starts as a new visitor would; the next journey's size is set when it is handed out.
     */
    private static final Map<String, Deque<ChromeDriver>> IDLE = new ConcurrentHashMap<>();
    /** Every window this JVM started, with the Chromium process behind it (ChromeDriver only attached to it). */
    private static final Map<ChromeDriver, Process> ALL = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ALL.keySet().forEach(Browser::quit)));
    }

    /** The phone's device pixel ratio, at launch and when a phone window is handed to another journey. */
    private static final double PHONE_PIXEL_RATIO = 2.0;

    private final ChromeDriver driver;
    private final String base;
    private final WebDriverWait wait;
    private Accessibility audit;

    private final boolean phone;
    private boolean offline;

    private Browser(ChromeDriver driver, boolean phone, String base) {
        this.driver = driver;
        this.base = base;
        this.phone = phone;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** A browser window of the given width (360 for a phone, 1280 for an office screen). */
    public static Browser open(int port, int width, int height) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(
                    "Chromium is required under CI=true: apt-get install chromium-headless-shell chromium-driver");
        }
        assumeTrue(installed, "Chromium not installed: browser test skipped on this machine");
        boolean phone = width < 500;
        ChromeDriver driver = IDLE.computeIfAbsent(formFactor(phone), key -> new ConcurrentLinkedDeque<>()).pollFirst();
        if (driver == null) {
            driver = launch();
        }
        if (phone) {
            // headless Chromium will not size a window below 500 px: a phone is emulated instead
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", phoneMetrics(width, height));
            driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
            // the screen, not the window: about:blank has no viewport tag, so its window is a desktop page's 980 px
            Object shown = driver.executeScript("return screen.width + 'x' + screen.height;");
            if (!(width + "x" + height).equals(shown)) {
                throw new IllegalStateException("a phone window asked to be " + width + "x" + height + " is " + shown);
            }
        } else {
            driver.manage().window().setSize(new Dimension(width, height));
        }
        return new Browser(driver, phone, "http://127.0.0.1:" + port);
    }

    /**
     * Starts a headless shell and attaches ChromeDriver to it. ChromeDriver cannot start the shell itself: the shell
     * opens no page unless it is given one, and ChromeDriver waits for a page before it attaches.
     */
    private static ChromeDriver launch() {
        try {
            Path profile = Files.createTempDirectory("chromium");
            List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-quic", "--no-first-run", "--disable-popup-blocking",
                    "--enable-automation", "--password-store=basic", "--use-mock-keychain", "--lang=zh-CN",
                    "--remote-debugging-port=0", "--user-data-dir=" + profile));
            if (smallSharedMemory()) {
                // a container's 64 MB /dev/shm is too small for Chromium; elsewhere /tmp files would only cost CPU
                command.add("--disable-dev-shm-usage");
            }
            command.add("about:blank");
            Process chromium = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            ChromeOptions options = new ChromeOptions();
            options.setExperimentalOption("debuggerAddress", "127.0.0.1:" + devToolsPort(profile, chromium));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            ALL.put(driver, chromium);
            // the phone is in the office's zone, as the volunteers' phones are (the machine's may be UTC)
            driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Shanghai"));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port Chromium chose, from the file it writes into its profile once DevTools listens. */
    private static int devToolsPort(Path profile, Process chromium) throws IOException {
        Path written = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && chromium.isAlive()) {
            List<String> lines = Files.exists(written) ? Files.readAllLines(written) : List.of();
            if (!lines.isEmpty() && !lines.get(0).isBlank()) {
                return Integer.parseInt(lines.get(0).trim());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        chromium.destroyForcibly();
        throw new IllegalStateException("Chromium did not open DevTools within 30 s (exit " +
                (chromium.isAlive() ? "none" : chromium.exitValue()) + ")");
    }

    private static void quit(ChromeDriver driver) {
        Process chromium = ALL.remove(driver);
        try {
            driver.quit();
        } finally {
            if (chromium != null) {
                chromium.destroy();
            }
        }
    }

    /** A phone's screen: its size, its pixel ratio and a phone's viewport rules. */
    private static Map<String, Object> phoneMetrics(int width, int height) {
        return Map.of("width", width, "height", height, "deviceScaleFactor", PHONE_PIXEL_RATIO, "mobile", true);
    }

    /** The pool a window goes back to: an office window can take any office size, a phone any phone size. */
    private static String formFactor(boolean phone) {
        return phone ? "phone" : "office";
    }

    private static boolean smallSharedMemory() {
        try {
            return Files.getFileStore(Path.of("/dev/shm")).getUsableSpace() < 1L << 30;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(base + path);
        if (offline) {
            // The headless shell keeps the emulated network off for a new document but tells its navigator.onLine
            // "online" (a phone without signal says "offline" from the first moment): the state is told again
            offline(true);
            wait.until(d -> Boolean.FALSE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return navigator.onLine;")));
        }
        audited();
        return this;
    }

    /** From now on every page this browser reaches is checked with axe-core (serious or critical fails the test). */
    public Browser auditEveryPage() {
        this.audit = new Accessibility(driver);
        audited();
        return this;
    }

    /** Checks the page now shown (after a click that navigated), if it was not checked yet. */
    public Browser audited() {
        if (audit != null) {
            audit.check();
        }
        return this;
    }

    /** On a phone page: body text at least 18 px, every tap target at least 44 × 44 px. */
    public Browser checkPhoneSizes() {
        if (audit == null) {
            new Accessibility(driver).checkSizes();
        } else {
            audit.checkSizes();
        }
        return this;
    }

    /** Network off (true) or on, through Chromium's DevTools network conditions. */
    public Browser offline(boolean off) {
        offline = off;
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", off, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        return this;
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public Browser click(By by) {
        press(wait.until(ExpectedConditions.elementToBeClickable(by)));
        audited();
        return this;
    }

    private void press(WebElement element) {
        // Centre it first: the sticky header must not sit over the element being clicked.
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        if (phone) {
            // Headless Chromium's phone emulation turns the click into a touch that lands on <html> once the page is
            // scrolled (no click, no submit follows): on a phone the element is clicked where it is instead.
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
        } else {
            element.click();
        }
    }

    /**
     * Chooses an organization in a picker (templates/organization/picker.html): types the text into its search box,
     * then selects (one) or ticks (several) the organization with this id once the picker's answers have settled, and
     * checks that the choice holds. Focusing the box lists the first levels at once and the typed text answers
     * 250 ms later; either answer replaces the choices, so choosing between them would race with the second one.
     */
    public Browser pick(String field, String text, long id) {
        type(By.id(field + "-search"), text);
        String value = String.valueOf(id);
        By box = By.cssSelector("#" + field + " input[type=checkbox][value='" + value + "']");
        By option = By.cssSelector("#" + field + " option[value='" + value + "']");
        try {
            settle(field, value, box, option);
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("pick-failed-" + field);
            throw new AssertionError("the picker " + field + " did not offer " + id + ": "
                    + driver.findElement(By.id(field)).getAttribute("outerHTML"), e);
        }
        return this;
    }

    private void settle(String field, String value, By box, By option) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    if (!d.findElements(By.cssSelector(".htmx-request")).isEmpty()
                            || d.findElements(box).isEmpty() && d.findElements(option).isEmpty()) {
                        return false;
                    }
                    boolean several = !d.findElements(box).isEmpty();
                    if (several && !d.findElement(box).isSelected()) {
                        press(d.findElement(box));
                    } else if (!several) {
                        new org.openqa.selenium.support.ui.Select(d.findElement(By.id(field))).selectByValue(value);
                    }
                    pause(Duration.ofMillis(600));
                    return d.findElements(By.cssSelector(".htmx-request")).isEmpty() && (several
                            ? d.findElement(box).isSelected()
                            : value.equals(d.findElement(By.id(field)).getAttribute("value")));
                });
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Browser type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return this;
    }

    public Browser login(String username, String password) {
        go("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        click(By.id("login-submit"));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        audited();
        return this;
    }

    public Browser logout() {
        click(By.cssSelector("form[action$='/logout'] button"));
        wait.until(ExpectedConditions.urlContains("/login"));
        return this;
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves a PNG of the page under target/screenshots/NAME.png. */
    public Path screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots");
            Files.createDirectories(target);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path file = target.resolve(name + ".png");
            Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Downloads what a link points to with the browser's session (a file the browser would save), as a client would. */
    public java.net.http.HttpResponse<byte[]> download(By link) {
        String href = find(link).getAttribute("href");
        String cookie = driver.manage().getCookieNamed("SESSION").getValue();
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(href)).header("Cookie", "SESSION=" + cookie).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Puts the window back for the next journey, as a new visitor's: or quits it if it cannot be made so. */
    @Override
    public void close() {
        try {
            if (driver.getWindowHandles().size() != 1) {
                throw new IllegalStateException("a journey left more than one window open");
            }
            driver.get("about:blank");
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", base, "storageTypes", "all"));
            driver.executeCdpCommand("Network.disable", Map.of());
            IDLE.get(formFactor(phone)).addFirst(driver);
        } catch (RuntimeException e) {
            quit(driver);
        }
    }
}
