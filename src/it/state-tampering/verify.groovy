// The emptied state is named, the tracks are generated again, track-1.mid is back.
def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] .*track-1\.mid is not among the files .*generate-state\.json records; generating the tracks again/ :
        'no warning naming the track the emptied state does not list'
assert !log.contains('Tracks are up to date') : 'an emptied state vouched for the tracks'
assert log.contains('Reusing the trained model') : 'the model of the first build is reused'
assert new File(basedir, 'target/immersic/tracks/track-1.mid').isFile() : 'track-1.mid was not written again'
def state = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/immersic/generate-state.json'))
assert state.outputs*.path.contains('tracks/track-1.mid') : "the new state lists the track again: ${state.outputs}"
assert log.contains('BUILD SUCCESS')
return true
