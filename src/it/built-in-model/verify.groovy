def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Using the built-in model (')
assert !log.contains('Epoch 1/') : 'no training'
assert !log.contains('Preprocessed') : 'nothing to preprocess'
// The model cache inside the build's local repository; the native libraries where the whole `mvn install` keeps them
// (the plugin's pom sets -Dorg.bytedeco.javacpp.cachedir for every integration-test build).
assert log =~ /\[INFO\] Immersic's model cache: .*local-repo[\/\\]\.immersic; native libraries: /
assert log.contains("native libraries: ${nativeLibraries} (set by -Dorg.bytedeco.javacpp.cachedir)")
assert log.count("Immersic's model cache") == 1 : 'once a build, however many goals run'
(1..2).each { i ->
    assert new File(basedir, "target/immersic/tracks/track-${i}.mid").length() > 100
    assert new File(basedir, "target/immersic/tracks/track-${i}.wav").length() > 100_000
}
assert new File(basedir, 'target/immersic/model/model.zip').isFile() : 'the model the build used'
return true
