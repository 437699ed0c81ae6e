import groovy.json.JsonSlurper

def out = new File(basedir, 'target/immersic')
def corpus = new JsonSlurper().parse(new File(out, 'corpus.json'))
assert corpus.files.size() == 1
assert corpus.files[0].path == 'notes.json'
// The notebook's notes round-trip: what is exported is what was imported.
def imported = new JsonSlurper().parse(new File(basedir, 'notes.json'))
def exported = new JsonSlurper().parse(new File(out, 'notes.json'))
assert exported == imported
(1..3).each { assert new File(out, "tracks/track-${it}.mid").isFile() }
return true
