// Shared by the scenarios that need a second build at the same time (concurrent-builds) or a killed one
// (killed-training): evaluate(...) this file from a setup script to get startBuild in its binding.
//
// startBuild(folder, goals[, logName]) starts `mvn` on the project in `folder` in the background, as a second developer
// or CI job would, with the invoker builds' local repository, a settings file that resolves from the outer build's
// local repository (as src/it/settings.xml does) and the native libraries' folder Invoker's builds share. Its output
// goes to folder/logName (default build.log; in the scenario's own folder, Invoker already writes build.log, so pick
// another name there). Maven's launcher execs java, so the returned Process is the JVM itself: destroyForcibly() is a
// real kill -9.
startBuild = { File folder, List<String> goals, String logName = 'build.log' ->
    def repository = new File(outerLocalRepository).toURI().toString()
    def settings = new File(folder, 'background-settings.xml')
    settings.text = """<settings><profiles><profile><id>it-repo</id>
  <repositories><repository><id>local.central</id><url>${repository}</url>
    <snapshots><enabled>true</enabled></snapshots></repository></repositories>
  <pluginRepositories><pluginRepository><id>local.central</id><url>${repository}</url>
    <snapshots><enabled>true</enabled></snapshots></pluginRepository></pluginRepositories>
</profile></profiles><activeProfiles><activeProfile>it-repo</activeProfile></activeProfiles></settings>"""
    def command = [new File(System.getProperty('maven.home'), 'bin/mvn').path, '-B', '-s', settings.path,
                   "-Dmaven.repo.local=${localRepositoryPath}".toString(),
                   "-Dorg.bytedeco.javacpp.cachedir=${nativeLibraries}".toString()] + goals
    def builder = new ProcessBuilder(command).directory(folder).redirectErrorStream(true)
            .redirectOutput(new File(folder, logName))
    // Its temporary files in its own folder: a killed Maven 3.9 leaves the console library it unpacked (jansi) there,
    // not in the machine's /tmp.
    def tmp = new File(folder, 'tmp')
    tmp.mkdirs()
    builder.environment().put('MAVEN_OPTS', "-Xmx1g -Djava.io.tmpdir=${tmp.path}".toString())
    return builder.start()
}

// A copy of this scenario's pom in a subfolder, as another project sharing its model cache.
copyProject = { String subfolder ->
    def folder = new File(basedir, subfolder)
    folder.mkdirs()
    new File(folder, 'pom.xml').text = new File(basedir, 'pom.xml').text
            .replace("<artifactId>${basedir.name}</artifactId>", "<artifactId>${basedir.name}-${subfolder}</artifactId>")
            .replace('${project.basedir}/shared-cache', '${project.basedir}/../shared-cache')
    return folder
}
