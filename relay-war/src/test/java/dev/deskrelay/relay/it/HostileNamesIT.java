package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.Parties.machineSample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Whatever a computer calls itself or its parts reaches the page as it was sent: markup that would
 * run if it were parsed, strings as long as the relay lets through, and a right-to-left override
 * where the relay lets one through (it refuses them in device and host names, BadInputIT).
 */
class HostileNamesIT extends BuiltRelayIT {

    private static final String RLO = "\u202E";
    private static final String NAME = "<img src=x onerror=window.pwned=1>exe.txt";
    private static final String HOSTNAME = "<script>window.pwned=2</script>" + "h".repeat(220);
    private static final String OS_VERSION = RLO + "12";
    private static final String MOUNT = "/mnt/<b onmouseover=window.pwned=3>" + RLO + "m".repeat(300);
    private static final String PROCESS = "<svg onload=window.pwned=4>" + RLO + "p".repeat(300);

    @Test
    void markupStaysTextLongNamesWrapAndAnOverrideStaysInItsName(@TempDir Path home) {
        var agent = RelayClient.connect(base, "agent").send("{\"type\":\"enroll\",\"name\":" + json(NAME) + "}");
        String deviceId = agent.next("enrolled").getString("deviceId");
        String code = agent.next("pairing_code").getString("code");
        agent.send("{\"type\":\"system_info\",\"system\":{\"hostname\":" + json(HOSTNAME) + ",\"os\":\"Debian GNU/Linux\","
                + "\"osVersion\":" + json(OS_VERSION) + ",\"logicalCores\":2,\"physicalCores\":1,\"memoryTotal\":8589934592}}");
        agent.send("{\"type\":\"filesystems\",\"filesystems\":[{\"mount\":" + json(MOUNT) + ",\"type\":" + json(RLO + "ext4")
                + ",\"space\":{\"used\":53687091200,\"total\":107374182400}}]}");
        agent.send(machineSample(20));
        try (var browser = Browser.open(home.resolve("chromium"))) {
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            browser.visitAs(base, People.newPerson(base)).pair(code);
            browser.open(deviceId);
            browser.awaitText(browser.inView("system-value"), text -> text.contains("Debian"), "the facts");
            browser.await(browser.inView("processes-button")).click();
            JsonObject request = agent.nextOf("action");
            agent.send("{\"type\":\"action_result\",\"id\":\"" + request.getString("id") + "\",\"ok\":true,\"data\":"
                    + "{\"processes\":[{\"name\":" + json(PROCESS) + ",\"pid\":1,\"cpu\":1.5,\"memory\":1024}]}}");
            browser.awaitText(browser.inView("processes-result"), "1 processes"::equals, "the processes");

            var page = (JavascriptExecutor) browser.driver;
            assertNull(page.executeScript("return window.pwned"), "nothing that came from the computer ran");
            assertEquals(0L, page.executeScript("return document.querySelectorAll("
                    + "'main img, main script, main svg, main b').length"), "and none of it became an element");
            assertEquals(List.of(NAME, NAME, "Paired with " + NAME), page.executeScript("return ["
                    + "document.querySelector('.device .device-name').textContent,"
                    + "document.querySelector('#device-view .view-name').textContent,"
                    + "document.getElementById('pair-success').textContent]"), "shown as it was sent");

            assertEquals(Boolean.TRUE, page.executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth"), "nothing wider than a phone");
            assertEquals(List.of(), page.executeScript("""
                    const view = document.getElementById('device-view').getBoundingClientRect();
                    return [...document.querySelectorAll('#device-view .view-name, #device-view .system-value,'
                        + '#device-view .filesystems li, #device-view .processes, .device .device-name')]
                      .filter((element) => element.getBoundingClientRect().right > view.right + 0.5)
                      .map((element) => element.className || element.tagName);
                    """), "every long name wraps inside the view");

            assertTrue(readsLeftToRight(page, "#device-view .system-value", "cores"),
                    "the override in the system's version does not turn the rest of the line around");
            assertTrue(readsLeftToRight(page, "#device-view .filesystems li", " of "),
                    "nor the one in the mount point the usage after it");
        } finally {
            agent.close();
        }
    }

    /** Whether the first two letters of {@code word} inside {@code selector} appear left to right on screen. */
    private static boolean readsLeftToRight(JavascriptExecutor page, String selector, String word) {
        return (Boolean) page.executeScript("""
                const walker = document.createTreeWalker(document.querySelector(arguments[0]), NodeFilter.SHOW_TEXT);
                while (walker.nextNode() && !walker.currentNode.data.includes(arguments[1]));
                const node = walker.currentNode;
                const at = node.data.indexOf(arguments[1]);
                const left = (offset) => {
                  const range = document.createRange();
                  range.setStart(node, offset);
                  range.setEnd(node, offset + 1);
                  return range.getBoundingClientRect().left;
                };
                return left(at) < left(at + 1);
                """, selector, word.strip());
    }

    private static String json(String text) {
        return Json.createValue(text).toString();
    }
}
