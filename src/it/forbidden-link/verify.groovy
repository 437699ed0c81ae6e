import java.nio.file.Files

def log = new File(basedir, 'build.log').text
new File(basedir, 'unreadable-links.txt').readLines().each { name ->
    def line = log.readLines().find { it.startsWith('[WARNING] Skipping ') && it.contains("src/main/midi/${name}") }
    assert line && line.contains('cannot be read') : "no warning naming the unreadable folder $name"
}
def secret = log.readLines().find { it.startsWith('[WARNING]') && it.contains('secret.mid') }
assert secret && secret.contains('it is not a MIDI file') : "secret.mid is not named as skipped: $secret"
assert log.contains('Of 6 MIDI file(s): 5 used, 1 skipped') : 'the five pieces are used, secret.mid skipped'
assert log.contains('BUILD SUCCESS')
assert !(log =~ /(?m)^\s+at [\w$.]+\(/) : 'a clear message, not a stack trace'
['build.log', 'target/immersic/analysis.json', 'target/immersic/report.html'].each {
    def file = new File(basedir, it)
    assert file.isFile() : "$it was not written"
    assert !file.text.contains('hunter2') && !file.text.contains('password=') : "$it holds the secret"
}
assert new File(basedir, 'target/immersic/tracks/track-1.mid').isFile()
// Let mvn clean remove the folder without permissions, where setup.groovy made one.
def locked = new File(basedir, 'locked')
locked.setReadable(true, false); locked.setExecutable(true, false)
return true
