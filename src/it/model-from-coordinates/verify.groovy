import java.util.zip.ZipFile

def installed = new File(localRepositoryPath, 'io/immersic/it/music-model/1.0/music-model-1.0-immersic-model.zip')
assert installed.isFile() : "project A did not install its model ($installed)"
def installedInfo = null
new ZipFile(installed).withCloseable { zip ->
    assert zip.entries().collect { it.name } == ['manifest.json', 'model.json', 'coefficients.bin']
    zip.entries().each { assert it.timeLocal.toString() == '2024-01-02T03:04:06' : 'project.build.outputTimestamp' }
    installedInfo = zip.getInputStream(zip.getEntry('model.json')).bytes
}
def logA = new File(basedir, 'project-a/build.log').exists() ? new File(basedir, 'project-a/build.log').text : ''
def logB = new File(basedir, 'project-b/build.log').exists() ? new File(basedir, 'project-b/build.log').text : ''
def log = new File(basedir, 'build.log').exists() ? new File(basedir, 'build.log').text : ''
def all = log + logA + logB
assert all.contains('Using the model io.immersic.it:music-model:1.0 (') : 'B did not use A\'s model'
assert all.contains('not preprocessing or training')
assert (all =~ /Epoch 1\/2: train loss/).count == 1 : 'only A trains'
(1..2).each { assert new File(basedir, "project-b/target/immersic/tracks/track-${it}.mid").isFile() }
// B keeps a copy of the model it used (its zip stamped with B's own outputTimestamp).
assert new File(basedir, 'project-b/target/immersic/model/model.json').bytes == installedInfo
assert !new File(basedir, 'project-b/model-cache').exists() : 'B never trained, so it never wrote to a cache'
return true
