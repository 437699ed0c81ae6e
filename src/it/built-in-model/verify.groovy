def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Using the built-in model (')
assert !log.contains('Epoch 1/') : 'no training'
assert !log.contains('Preprocessed') : 'nothing to preprocess'
assert log =~ /nd4j's native libraries are unpacked in .*immersic.native/ : 'the log says where the native libraries are'
(1..2).each { i ->
    assert new File(basedir, "target/immersic/tracks/track-${i}.mid").length() > 100
    assert new File(basedir, "target/immersic/tracks/track-${i}.wav").length() > 100_000
}
assert new File(basedir, 'target/immersic/model/model.zip').isFile() : 'the model the build used'
return true
