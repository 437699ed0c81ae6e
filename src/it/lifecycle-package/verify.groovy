def log = new File(basedir, 'build.log').text
// Bound in the pom, the three goals run in their default phases during an ordinary build. Maven 3.8 names the plugin
// by its artifactId in the execution line, Maven 3.9 by its prefix.
['preprocess', 'train', 'generate'].each { goal ->
    assert log =~ /--- immersic(-maven-plugin)?:0\.1\.0-SNAPSHOT:${goal} \(default\)/ : "$goal did not run in its phase"
}
(1..3).each { i ->
    assert new File(basedir, "target/immersic/tracks/track-${i}.mid").isFile()
    // Attached artifacts are installed next to the pom: the proof that they were attached.
    ['mid', 'wav'].each { type ->
        def installed = new File(localRepositoryPath,
                "io/immersic/it/lifecycle-package/1.0/lifecycle-package-1.0-track-${i}.${type}")
        assert installed.isFile() : "track $i ($type) was not attached as an artifact ($installed missing)"
    }
}
return true
