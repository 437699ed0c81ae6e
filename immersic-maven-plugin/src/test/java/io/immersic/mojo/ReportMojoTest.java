package io.immersic.mojo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReportMojoTest {

    @Test
    void aMissingOrUnresolvedProjectUrlIsNoLinkAndTheSiteFrameSaysSo() {
        assertFalse(ReportMojo.isLink(null));
        assertFalse(ReportMojo.isLink(" "));
        assertFalse(ReportMojo.isLink("${project.url}"));
        assertFalse(ReportMojo.isLink("https://example.org/${project.artifactId}"));
        assertTrue(ReportMojo.isLink("https://example.org/music"));
        assertTrue(ReportMojo.siteFrameAdvice(null).startsWith("The project's <url> is not set"));
    }

    @Test
    void theSampleProjectsSiteFrameLinksItsOwnPageNotTheProjectUrl() throws Exception {
        for (Path descriptor : new Path[] {Path.of("../sample-project/src/site/site.xml"),
                Path.of("../src/it/html-report/src/site/site.xml")}) {
            String xml = Files.readString(descriptor);
            String frame = xml.substring(xml.indexOf("<project")); // after the comment, which names ${project.url}
            assertFalse(frame.contains("${project.url}"), descriptor.toString());
            assertTrue(frame.contains("<href>" + ReportMojo.OUTPUT_NAME + ".html</href>"), descriptor.toString());
        }
    }
}
