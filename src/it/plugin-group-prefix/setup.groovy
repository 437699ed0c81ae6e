import java.nio.file.*

// Proves: after `mvn install` of this plugin, Maven 3.8.7 and later resolve the `immersic` prefix from the plugin group
// alone (the group metadata that maven-install-plugin 3.x leaves out before Maven 3.9, see the parent pom).
// Step 1 installs a copy of the plugin's own reactor (its poms, main sources and the sample corpus its build trains the
// built-in model on), so what is checked is what the project's `mvn install` writes; the group metadata Invoker's own
// install may have written goes first.
def root = new File(itSources).canonicalFile.parentFile.parentFile.toPath() // src/it -> the reactor
def copy = new File(basedir, 'immersic').toPath()
def parts = ['pom.xml', 'immersic-maven-plugin/pom.xml', 'immersic-maven-plugin/src/main', 'sample-project/src/main/midi']
parts.each { part ->
    Files.walk(root.resolve(part)).withCloseable { paths ->
        paths.each { from ->
            def to = copy.resolve(root.relativize(from).toString())
            if (Files.isDirectory(from)) {
                Files.createDirectories(to)
            } else {
                Files.createDirectories(to.parent)
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING)
            }
        }
    }
}
Files.deleteIfExists(new File(localRepositoryPath, 'io/immersic/maven-metadata-local.xml').toPath())

// Step 2's settings: the integration tests' own (a settings file per step replaces them) plus the plugin's group.
def settings = new File(itSources, 'settings.xml').text
assert settings.contains('<settings>') && !settings.contains('<pluginGroups>')
new File(basedir, 'plugin-group.xml').text = settings.replaceFirst('<settings>',
        '<settings>\n  <pluginGroups><pluginGroup>io.immersic</pluginGroup></pluginGroups>')
new File(basedir, 'empty').mkdirs() // step 3's folder: nothing in it
return true
