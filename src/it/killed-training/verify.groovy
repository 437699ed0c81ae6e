def killed = new File(basedir, 'killed/build.log').text
assert killed.contains('Epoch 1/12') && !killed.contains('Cached the model') : 'the first build died while training'
def log = new File(basedir, 'build.log').text
assert !log.contains('Reusing the trained model') : 'nothing the killed build left is used'
assert log.contains('Epoch 12/12') && log.contains('Cached the model as ')
assert log.contains('BUILD SUCCESS')
def store = new File(basedir, 'shared-cache/models')
def names = store.list().findAll { !it.endsWith('.lock') }
assert names.size() == 1 && names[0] ==~ /[0-9a-f]{64}/ : "one whole entry, no leftovers: $names"
assert new File(store, names[0]).list().sort() == ['coefficients.bin', 'manifest.json', 'model.json']
(1..2).each { assert new File(basedir, "target/immersic/tracks/track-${it}.mid").isFile() }
return true
