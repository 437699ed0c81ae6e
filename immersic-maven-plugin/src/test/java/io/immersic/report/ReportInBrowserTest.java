package io.immersic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens report.html in headless Chromium, as a person would look at it: the charts must be in the rendered page and
 * the screenshot must show them. Skipped, with the reason, where Chromium is not installed (Debian: {@code chromium}).
 */
class ReportInBrowserTest {

    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");
    private static final long TIMEOUT_SECONDS = 90;

    @TempDir
    Path temp;

    @Test
    void theRenderedPageHoldsEveryChartAndTheScreenshotIsNotBlank() throws Exception {
        Optional<Path> browser = findBrowser();
        assumeTrue(browser.isPresent(), "Chromium is not installed (none of " + BROWSERS + " on the PATH; Debian"
                + " package chromium): the headless-browser check of report.html is skipped");
        Path page = temp.resolve("report.html");
        Files.writeString(page, HtmlReport.render(HtmlReportTest.content(List.of(
                HtmlReportTest.track("track-1", null), HtmlReportTest.track("track-2", null)),
                ReportContent.Gate.NONE)), StandardCharsets.UTF_8);

        String dom = run(browser.get(), "--dump-dom", page.toUri().toString());
        assertEquals(2, count(dom, "class=\"chart piano-roll\""), "both piano rolls rendered");
        assertEquals(6, count(dom, "class=\"chart bar-chart\""), "the corpus charts rendered");
        assertEquals(1, count(dom, "class=\"chart line-chart\""), "the loss chart rendered");

        Path screenshot = temp.resolve("report.png");
        run(browser.get(), "--window-size=1200,1600", "--screenshot=" + screenshot, page.toUri().toString());
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertTrue(image != null && image.getWidth() == 1200, "a screenshot of the page");
        int inked = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        double share = inked / (image.getWidth() / 2.0 * image.getHeight() / 2.0);
        assertTrue(share > 0.02, "the screenshot shows text and charts, not a blank page: " + share);
        assertTrue(colours.size() > 20, "shades of the notes and the bars: " + colours.size() + " colours");
    }

    private static Optional<Path> findBrowser() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : BROWSERS) {
            for (String folder : path.split(File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Runs the browser headless; its standard output. A browser that hangs is killed, and the test fails. */
    private String run(Path browser, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--hide-scrollbars", "--user-data-dir=" + temp.resolve("profile")));
        command.addAll(List.of(arguments));
        Path output = temp.resolve("browser-output.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(temp.resolve("browser-errors.txt").toFile());
        // Its crash database and settings go under the test's folder, not the user's home (~/.config, ~/.cache).
        builder.environment().put("HOME", temp.toString());
        builder.environment().put("XDG_CONFIG_HOME", temp.resolve("config").toString());
        builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
        }
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }
}
