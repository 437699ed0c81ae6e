def log = new File(basedir, 'build.log').text
// Invoker may keep both builds' output in build.log or only the last: either way exactly one build trained.
def trainings = (log =~ /Epoch 1\/2: train loss/).count // the epoch summary, not its 10-second progress lines
assert trainings <= 1 : "the model was trained $trainings times"
assert log.contains('Reusing the trained model') : 'the second build did not reuse the model'
assert log.contains('Corpus is up to date') : 'the second build preprocessed again'
// The first build wrote 3 tracks as MIDI, WAV and sidecar; the second, 1 track as MIDI only: the rest of the first build's
// files are removed, the user's note stays, the killed build's temporary file is gone.
def tracks = new File(basedir, 'target/immersic/tracks')
assert tracks.list().sort() == ['.immersic-outputs.json', 'my-notes.txt', 'track-1.mid'] : tracks.list().sort()
assert new File(tracks, 'my-notes.txt').text == 'track 3 is the best'
assert log.contains('Removed 8 file(s) of an earlier build from ') : 'the second build did not say what it removed'
return true
