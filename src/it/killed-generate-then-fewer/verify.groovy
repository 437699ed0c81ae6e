def log = new File(basedir, 'build.log').text
def tracks = new File(basedir, 'target/immersic/tracks')
assert log =~ /\[WARNING\] The last build stopped while writing .*tracks \(killed\?\)/ : 'no word of the interrupted build'
// Track 1 is written again; of tracks 2 and 3 only the hand-edited track-3.mid is left.
assert tracks.list().sort() == ['.immersic-outputs.json', 'track-1.json', 'track-1.mid', 'track-1.wav', 'track-3.mid'] :
        tracks.list().sort()
assert new File(tracks, 'track-3.mid').bytes == new File(basedir, 'track-3-edited.mid').bytes : 'the edited track changed'
def removed = log.readLines().find { it.contains('Removed 5 file(s) of an earlier build from ') }
assert removed : 'the build did not say what it removed'
['track-2.json', 'track-2.mid', 'track-2.wav', 'track-3.json', 'track-3.wav'].each { assert removed.contains(it) : removed }
assert log =~ /Left track-3\.mid in .*tracks: changed since Immersic wrote them/ : 'the edited track is not named'
def manifest = new groovy.json.JsonSlurper().parse(new File(tracks, '.immersic-outputs.json'))
assert manifest.complete && manifest.files*.path.sort() == ['track-1.json', 'track-1.mid', 'track-1.wav'] : manifest
assert log.contains('BUILD SUCCESS')
return true
