package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.Parties.enrollAgent;
import static dev.deskrelay.relay.it.Parties.machineSample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The device view's charts in headless Chromium: uPlot draws on a canvas, so the labels are
 * checked where they are drawn (every {@code fillText}), the lines by the pixels of their colors.
 */
class ChartsIT extends BuiltRelayIT {

    private static final String NO_SWAP = "";
    private static final String SWAP = ",\"swap\":{\"used\":268435456,\"total\":1073741824}";

    /**
     * Records the box of every text drawn on a canvas since it was last cleared, as the canvas's
     * context placed it (its alignment, baseline and transform).
     */
    private static final String RECORD_CANVAS_TEXT = """
            const context = CanvasRenderingContext2D.prototype;
            const fillText = context.fillText;
            const clearRect = context.clearRect;
            context.clearRect = function (...args) {
              this.canvas.drawnTexts = [];
              return clearRect.apply(this, args);
            };
            // setting a canvas's size clears it too
            for (const side of ['width', 'height']) {
              const size = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, side);
              Object.defineProperty(HTMLCanvasElement.prototype, side, { ...size, set(value) {
                this.drawnTexts = [];
                size.set.call(this, value);
              } });
            }
            context.fillText = function (text, x, y, ...rest) {
              const metrics = this.measureText(text);
              const transform = this.getTransform();
              const a = transform.transformPoint(new DOMPoint(x - metrics.actualBoundingBoxLeft, y - metrics.actualBoundingBoxAscent));
              const b = transform.transformPoint(new DOMPoint(x + metrics.actualBoundingBoxRight, y + metrics.actualBoundingBoxDescent));
              (this.canvas.drawnTexts ??= []).push({ text, left: Math.min(a.x, b.x), right: Math.max(a.x, b.x),
                top: Math.min(a.y, b.y), bottom: Math.max(a.y, b.y) });
              return fillText.call(this, text, x, y, ...rest);
            };
            """;

    /** What is wrong with the labels of the open view's charts: cut by the canvas's edge, or on top of each other. */
    private static final String LABEL_PROBLEMS = """
            const problems = [];
            const canvases = [...document.querySelectorAll('#device-view .chart canvas')];
            if (canvases.length !== 3) problems.push(canvases.length + ' charts');
            for (const canvas of canvases) {
              const chart = canvas.closest('.chart').className;
              const texts = canvas.drawnTexts ?? [];
              if (texts.length < 4) problems.push(chart + ': only ' + texts.length + ' labels');
              for (const t of texts) {
                if (t.left < 0 || t.top < 0 || t.right > canvas.width || t.bottom > canvas.height) {
                  problems.push(chart + ': "' + t.text + '" cut at ' + JSON.stringify(t) + ' in ' + canvas.width + 'x' + canvas.height);
                }
              }
              texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => {
                if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
                  problems.push(chart + ': "' + a.text + '" overlaps "' + b.text + '"');
                }
              }));
            }
            return problems;
            """;

    @Test
    void everyLabelIsWhollyInsideItsChartAndClearOfTheOthers(@TempDir Path home) throws Exception {
        withViewOpen(home, "labelled", machineSample(100), (browser, agent) -> {
            assertLabelsClear(browser, agent, "seconds apart, wide");

            browser.driver.manage().window().setSize(new Dimension(390, 844));
            assertLabelsClear(browser, agent, "seconds apart, on a phone");

            // as if the view had been open for four minutes and a minute had just begun: the axis counts
            // minutes, and one is at the right end
            page(browser).executeScript("const now = Date.now; const later = 240_000 + 61_000 - now() % 60_000;"
                    + "Date.now = () => now() + later;");
            assertLabelsClear(browser, agent, "minutes apart, on a phone");
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
            assertLabelsClear(browser, agent, "minutes apart, wide");
        });
    }

    @Test
    void everyChartNamesItsLinesAndAMachineWithoutSwapShowsNone(@TempDir Path home) throws Exception {
        withViewOpen(home, "swapless", machineSample(55, NO_SWAP, 1000, 100), (browser, agent) -> {
            agent.socket().send(machineSample(55, NO_SWAP, 1000, 100));
            browser.awaitText(browser.inView("cores-value"), "Each core now: 55 % · 28 %"::equals,
                    "the per-core reading, saying what it is");
            assertEquals(List.of("total", "each core"), legend(browser, "cpu"));
            assertEquals(List.of("memory"), legend(browser, "memory"), "no swap line on a machine without swap");
            assertEquals("none", browser.text(browser.inView("swap-value")));
            assertEquals(List.of("received", "sent"), legend(browser, "network"));

            agent.socket().send(machineSample(60, SWAP, 1000, 100));
            browser.awaitText(browser.inView("swap-value"), text -> text.endsWith("(25 %)"), "swap, once there is some");
            assertEquals(List.of("memory", "swap"), legend(browser, "memory"));
        });
    }

    @Test
    void receivedShowsWhereSentIsJustAsHigh(@TempDir Path home) throws Exception {
        withViewOpen(home, "symmetric", machineSample(10, SWAP, 50_000, 50_000), (browser, agent) -> {
            browser.await(By.cssSelector("#device-view .chart-network canvas"));
            long received = pixelsOf(browser, "--chart-line");
            long sent = pixelsOf(browser, "--chart-second");
            assertTrue(received > 100, "received's line shows: " + received + " pixels of its color");
            assertTrue(sent > 100, "sent's line shows: " + sent + " pixels of its color");
        });
    }

    interface ViewCheck {
        void check(Browser browser, Parties.EnrolledAgent agent) throws Exception;
    }

    /**
     * A device that sent {@code sample} for four seconds, its view open in a browser that records
     * the charts' labels.
     */
    private void withViewOpen(Path home, String name, String sample, ViewCheck check) throws Exception {
        var agent = enrollAgent(base, name);
        for (int i = 0; i < 40; i++) {
            agent.socket().send(sample);
            Thread.sleep(100);
        }
        try (var browser = Browser.open(home.resolve("chromium"))) {
            browser.visitAs(base, People.newPerson(base)).pair(agent.pairingCode());
            page(browser).executeScript(RECORD_CANVAS_TEXT);
            browser.open(agent.deviceId());
            check.check(browser, agent);
        } finally {
            agent.socket().close();
        }
    }

    /** Once the charts fit their boxes, draws them anew (a new sample) and checks every label they drew. */
    private void assertLabelsClear(Browser browser, Parties.EnrolledAgent agent, String situation) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> (Boolean) page(browser).executeScript(
                "return [...document.querySelectorAll('#device-view .chart')].every((box) => "
                        + "box.querySelector('canvas')?.width === Math.max(200, box.clientWidth))"));
        page(browser).executeScript("document.querySelectorAll('#device-view .chart canvas')"
                + ".forEach((canvas) => { canvas.drawnTexts = []; })");
        agent.socket().send(machineSample(100));
        browser.awaitText(browser.inView("view-cpu-value"), "100.0 %"::equals, "a new sample");
        new WebDriverWait(browser.driver, Duration.ofSeconds(5))
                .until(d -> (Boolean) page(browser).executeScript("return [...document.querySelectorAll("
                        + "'#device-view .chart canvas')].every((canvas) => canvas.drawnTexts?.length > 0)"));
        assertEquals(List.of(), page(browser).executeScript(LABEL_PROBLEMS), situation);
    }

    @SuppressWarnings("unchecked")
    private static List<String> legend(Browser browser, String chart) {
        return (List<String>) page(browser).executeScript("return [...document.querySelectorAll("
                + "'#device-view .chart-" + chart + "')[0].previousElementSibling.querySelectorAll('li')]"
                + ".map((entry) => entry.textContent)");
    }

    /** Pixels of the network chart within a small distance of a theme color. */
    private static long pixelsOf(Browser browser, String colorVariable) {
        return (Long) page(browser).executeScript("""
                const hex = getComputedStyle(document.documentElement).getPropertyValue(arguments[0]).trim();
                const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
                const canvas = document.querySelector('#device-view .chart-network canvas');
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let count = 0;
                for (let i = 0; i < pixels.length; i += 4) {
                  if (Math.abs(pixels[i] - r) + Math.abs(pixels[i + 1] - g) + Math.abs(pixels[i + 2] - b) < 30) count++;
                }
                return count;
                """, colorVariable);
    }

    private static JavascriptExecutor page(Browser browser) {
        return browser.driver;
    }
}
