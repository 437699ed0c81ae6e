def log = new File(basedir, 'build.log').text
// Invoker keeps both builds' output in build.log (checked: both builds' tracks are named below).
assert log.contains('first-build/tracks/track-1.mid') && log.contains('target/immersic/tracks/track-1.mid')
def trained = (log =~ /Cached the model as /).count
assert trained == 1 : "the model was trained $trained times"
assert log =~ /Reusing the trained model .*model-cache.models.[0-9a-f]{64} /
assert (log =~ /Epoch 1\/2: train loss/).count == 1
['tracks/track-1.mid', 'tracks/track-2.mid', 'tracks/track-1.wav', 'model/model.zip'].each { path ->
    def first = new File(basedir, "first-build/$path").bytes
    def second = new File(basedir, "target/immersic/$path").bytes
    assert first == second : "$path differs between the build and the clean build"
}
// The entry is a folder of exactly the model's three files, named by its fingerprint.
def entries = new File(basedir, 'model-cache/models').listFiles().findAll { it.isDirectory() }
assert entries.size() == 1 && entries[0].name ==~ /[0-9a-f]{64}/
assert entries[0].list().sort() == ['coefficients.bin', 'manifest.json', 'model.json']
return true
