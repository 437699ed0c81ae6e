def log = new File(basedir, 'build.log').text
// Invoker may keep both builds' output in build.log or only the last: either way exactly one build trained.
def trainings = (log =~ /Epoch 1\/2:/).count
assert trainings <= 1 : "the model was trained $trainings times"
assert log.contains('Reusing the trained model') : 'the second build did not reuse the model'
assert log.contains('Corpus is up to date') : 'the second build preprocessed again'
assert new File(basedir, 'target/immersic/tracks/track-1.mid').isFile()
return true
