import groovy.json.JsonOutput
import groovy.json.JsonSlurper

// Proves: a generate-state.json whose output list was emptied vouches for nothing. A first build (a child mvn, as in
// tampered-cache-entry) writes track-1.mid and the state; then the state's "outputs" is emptied and track-1.mid is
// deleted. The Invoker build must not take the tracks for up to date: it warns and writes track-1.mid again.
evaluate(new File(itSources, 'background-build.groovy'))
def first = startBuild(basedir, ['immersic:generate'], 'setup-build.log')
assert first.waitFor() == 0 : new File(basedir, 'setup-build.log').text
def state = new File(basedir, 'target/immersic/generate-state.json')
def content = new JsonSlurper().parse(state)
assert content.outputs : "the first build recorded no outputs: ${state.text}"
content.outputs = []
state.text = JsonOutput.prettyPrint(JsonOutput.toJson(content))
def track = new File(basedir, 'target/immersic/tracks/track-1.mid')
assert track.delete() : "the first build wrote no $track"
return true
