import groovy.json.JsonOutput
import groovy.json.JsonSlurper

// Proves: after a build killed while writing its tracks, the next build (of fewer tracks) removes only files that still
// hold the bytes Immersic wrote, keeps and names a track edited by hand since, and says the last build stopped while
// writing. A first build (a child mvn) writes 3 tracks as MIDI and WAV (with sidecars); then its manifest is made
// what a killed build leaves now: "complete": false with its file list and hashes; and track-3.mid is edited.
evaluate(new File(itSources, 'background-build.groovy'))
def first = startBuild(basedir, ['immersic:generate'], 'setup-build.log')
assert first.waitFor() == 0 : new File(basedir, 'setup-build.log').text
def tracks = new File(basedir, 'target/immersic/tracks')
def manifestFile = new File(tracks, '.immersic-outputs.json')
def manifest = new JsonSlurper().parse(manifestFile)
assert manifest.complete == true && manifest.files.size() == 9 : "3 tracks as MIDI, WAV and sidecar: $manifest"
manifest.complete = false
manifestFile.text = JsonOutput.prettyPrint(JsonOutput.toJson(manifest))
new File(tracks, 'track-3.mid').append([0x00, 0xFF, 0x01, 0x04] as byte[]) // a text event appended by hand
new File(tracks, 'track-3.mid').append('edit'.bytes)
new File(basedir, 'track-3-edited.mid').bytes = new File(tracks, 'track-3.mid').bytes // to compare in verify
return true
