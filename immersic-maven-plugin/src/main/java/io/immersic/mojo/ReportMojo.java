package io.immersic.mojo;

import io.immersic.report.HtmlReport;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.codehaus.doxia.sink.Sink;

/**
 * The Immersic report as a page of the project's site ({@code mvn site}): the same content as the
 * {@code report.html} the generate goal writes (tracks with players and piano rolls, corpus, training, evaluation),
 * with the tracks' audio copied beside the page so its players work. Run the generate goal first, e.g.
 * {@code mvn package site}; without a report the site leaves the page out and says so.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMojo implements MavenReport {

    static final String OUTPUT_NAME = "immersic-report";

    /** An audio player's source in the report: a relative link to a track's file. */
    private static final Pattern AUDIO_SOURCE = Pattern.compile("<audio [^>]*src=\"([^\"]+)\"");

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.SKIP, defaultValue = "false")
    private boolean skip;

    /**
     * Where the generate goal wrote {@code report.html} and {@code tracks/}.
     *
     * @since 0.1.0
     */
    @Parameter(property = ImmersicProperties.OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/immersic")
    private File outputDirectory;

    /**
     * Where the site is written; the site sets it.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File reportOutputDirectory;

    /**
     * The project's URL, which the site's default frame links the project's name to; null when the project has none.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.url}", readonly = true)
    private String projectUrl;

    /** Run on its own (not by the site): writes the page as a plain HTML file, with the audio, into the site folder. */
    @Override
    public void execute() throws MojoExecutionException {
        if (skip || !canGenerateReport()) {
            return;
        }
        try {
            String page = Files.readString(reportFile(), StandardCharsets.UTF_8);
            Path target = reportOutputDirectory.toPath().resolve(getOutputName() + ".html");
            Files.createDirectories(target.getParent());
            Files.writeString(target, page, StandardCharsets.UTF_8);
            copyAudio(page);
            getLog().info("Wrote " + target);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the Immersic report into " + reportOutputDirectory + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        String page;
        try {
            page = Files.readString(reportFile(), StandardCharsets.UTF_8);
            copyAudio(page);
        } catch (IOException e) {
            throw new MavenReportException("Cannot read " + reportFile() + " or copy its audio: " + e.getMessage(), e);
        }
        String body = HtmlReport.body(page);
        if (body == null) {
            throw new MavenReportException(reportFile() + " is not a report the generate goal wrote; run it again.");
        }
        if (!isLink(projectUrl)) {
            getLog().warn(siteFrameAdvice(projectUrl));
        }
        sink.head();
        sink.title();
        sink.text(getName(locale));
        sink.title_();
        sink.head_();
        sink.body();
        sink.rawText(body);
        sink.body_();
        sink.flush();
        sink.close();
    }

    /** Whether a project URL can be linked to: set, and with no property left unresolved. */
    static boolean isLink(String url) {
        return url != null && !url.isBlank() && !url.contains("${");
    }

    /**
     * What to do when the project's URL is not a link: the page itself links nowhere outside its own files, but the
     * site plugin's default frame (used without a src/site/site.xml) links the project's name to the URL as written.
     */
    static String siteFrameAdvice(String url) {
        return "The project's <url> is " + (url == null || url.isBlank() ? "not set" : "unresolved (" + url + ")")
                + ": without a src/site/site.xml the site's default frame links the project's name to the literal"
                + " text ${project.url}. Give the project a <url>, or a src/site/site.xml whose banner and links"
                + " name its own pages (href=\"" + OUTPUT_NAME + ".html\"), as the Immersic sample project does.";
    }

    /** Copies each audio file the page plays to the same relative place beside the site page. */
    private void copyAudio(String page) throws IOException {
        Path from = outputDirectory.toPath();
        Path to = reportOutputDirectory.toPath();
        Matcher m = AUDIO_SOURCE.matcher(page);
        while (m.find()) {
            String link = m.group(1);
            Path source = from.resolve(link).normalize();
            Path target = to.resolve(link).normalize();
            if (!source.startsWith(from) || !target.startsWith(to) || !Files.isRegularFile(source)) {
                continue; // only the report's own files, never a path outside the two folders
            }
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path reportFile() {
        return outputDirectory.toPath().resolve("report.html");
    }

    @Override
    public boolean canGenerateReport() {
        if (skip) {
            return false;
        }
        if (!Files.isRegularFile(reportFile())) {
            getLog().warn("No Immersic report: " + reportFile() + " does not exist. Run the generate goal before the"
                    + " site, e.g. mvn package site.");
            return false;
        }
        return true;
    }

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "Immersic";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The generated tracks (players, piano rolls), the corpus, the training and the evaluation.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }
}
