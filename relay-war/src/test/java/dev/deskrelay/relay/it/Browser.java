package dev.deskrelay.relay.it;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Predicate;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by its own chromedriver, so Selenium downloads nothing. */
final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(15);

    final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static Browser open(Path profile) {
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        // as root in CI; the network flags keep Chromium from calling home on a closed network
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** The page on loopback, whatever address Arquillian names. */
    Browser visit(URL base) {
        driver.get("http://127.0.0.1:" + base.getPort() + base.getPath());
        return this;
    }

    /**
     * The page, signed in as the person through its form. The person must exist before the page
     * opens: a relay without any account shows the first account's form instead.
     */
    Browser visitAs(URL base, People.Person person) {
        return visit(base).signIn(person);
    }

    /** Signs the person in through the page's form, as they would, and waits for the connected page. */
    Browser signIn(People.Person person) {
        submitSignIn(person.username(), People.PASSWORD);
        try {
            awaitText(By.id("connection-status"), "Connected"::equals, "the page connected after signing in");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the form says \"" + text(By.id("auth-error")) + "\"", e);
        }
        return this;
    }

    /**
     * Creates a fresh relay's first account through the page's setup form, with the code the relay
     * wrote on its console, as its administrator would, and waits for the connected page.
     */
    Browser setUp(String code, String username, String password) {
        awaitText(By.id("auth-heading"), "Create the administrator account"::equals, "a fresh relay's setup form");
        await(By.id("auth-code")).sendKeys(code);
        driver.findElement(By.id("auth-username")).sendKeys(username);
        driver.findElement(By.id("auth-password")).sendKeys(password);
        driver.findElement(By.id("auth-repeat")).sendKeys(password);
        driver.findElement(By.id("auth-submit")).click();
        awaitText(By.id("connection-status"), "Connected"::equals, "the administrator's page, connected");
        return this;
    }

    /** Types a user name and password into the sign-in form and sends it, whatever the relay answers. */
    void submitSignIn(String username, String password) {
        WebElement name = await(By.id("auth-username"));
        name.clear();
        name.sendKeys(username);
        WebElement secret = driver.findElement(By.id("auth-password"));
        secret.clear();
        secret.sendKeys(password);
        driver.findElement(By.id("auth-submit")).click();
    }

    WebElement await(By locator) {
        return new WebDriverWait(driver, WAIT).until(d -> d.findElements(locator).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    String awaitText(By locator, Predicate<String> accepted, String expectation) {
        return awaitText(locator, accepted, expectation, WAIT);
    }

    String awaitText(By locator, Predicate<String> accepted, String expectation, Duration limit) {
        try {
            // a page reloading (after signing out, say) replaces the element being read
            return new WebDriverWait(driver, limit).ignoring(StaleElementReferenceException.class).until(d -> {
                String text = d.findElement(locator).getText();
                return accepted.test(text) ? text : null;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("expected " + expectation + " in " + locator + " but it shows \""
                    + driver.findElement(locator).getText() + "\"", e);
        }
    }

    void pair(String code) {
        WebElement input = await(By.id("pairing-code"));
        input.clear();
        input.sendKeys(code);
        driver.findElement(By.id("pair-button")).click();
    }

    By device(String deviceId) {
        return By.cssSelector(".device[data-device-id='" + deviceId + "']");
    }

    By inDevice(String deviceId, String cssClass) {
        return By.cssSelector(".device[data-device-id='" + deviceId + "'] ." + cssClass);
    }

    /** Opens the computer's view from its card in the list. */
    Browser open(String deviceId) {
        await(inDevice(deviceId, "open-link")).click();
        await(By.cssSelector("#device-view[data-device-id='" + deviceId + "']"));
        return this;
    }

    /** Something in the open computer's view. */
    By inView(String cssClass) {
        return By.cssSelector("#device-view ." + cssClass);
    }

    String text(By locator) {
        return driver.findElement(locator).getText();
    }

    boolean enabled(By locator) {
        return driver.findElement(locator).isEnabled();
    }

    /**
     * A picture of the page, in target/screenshots, or where -Dscreenshots.dir says
     * ({@code -Dscreenshots.dir=$PWD/docs/img} refreshes the README's pictures).
     */
    void screenshot(String name) {
        try {
            Path target = Path.of(System.getProperty("screenshots.dir", "target/screenshots"), name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
