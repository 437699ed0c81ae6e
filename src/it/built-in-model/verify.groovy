def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Using the built-in model (')
assert !log.contains('Epoch 1/') : 'no training'
assert !log.contains('Preprocessed') : 'nothing to preprocess'
assert log =~ /\[INFO\] Immersic's model cache and native libraries: .*local-repo[\/\\]\.immersic\R/ : 'the log says where, inside the local repository'
assert log.count("Immersic's model cache and native libraries:") == 1 : 'once a build, however many goals run'
(1..2).each { i ->
    assert new File(basedir, "target/immersic/tracks/track-${i}.mid").length() > 100
    assert new File(basedir, "target/immersic/tracks/track-${i}.wav").length() > 100_000
}
assert new File(basedir, 'target/immersic/model/model.zip').isFile() : 'the model the build used'
return true
