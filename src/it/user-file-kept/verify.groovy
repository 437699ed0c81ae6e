def log = new File(basedir, 'build.log').text
def tracks = new File(basedir, 'target/immersic/tracks')
assert new File(tracks, 'track-2.wav').text == 'my own take' : 'the user\'s track-2.wav was changed'
assert log =~ /\[WARNING\] Kept track-2\.wav in .*tracks: not written by Immersic/ : 'no warning naming the kept file'
['track-1.mid', 'track-1.wav', 'track-2.mid'].each { assert new File(tracks, it).isFile() : "$it was not written" }
// The manifest lists only Immersic's own files: the user's file stays the user's in the next build too.
def manifest = new groovy.json.JsonSlurper().parse(new File(tracks, '.immersic-outputs.json'))
assert manifest.complete && !manifest.files*.path.contains('track-2.wav') : manifest
assert log.contains('BUILD SUCCESS')
return true
