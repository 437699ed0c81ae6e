import groovy.json.JsonSlurper

def file = new File(basedir, 'target/immersic/evaluation.json')
assert file.isFile()
def e = new JsonSlurper().parse(file)
assert e.heldOutNll.lstm > 0 && e.heldOutNll.ngram > 0
assert e.heldOutNll.ngramOrder in 1..5
// The 119 files are 6 loops written out in many keys: 10 % of 6 pieces rounds to one piece, held out with every
// transposition of it, so no held-out file is a training file in another key.
assert e.validationFiles >= 2 && e.validationFiles < 119 : "${e.validationFiles} held-out files"
['generated', 'heldOutHuman', 'training'].each { column ->
    ['unrecognisedChordShare', 'inKeyShare', 'rhythmRecurrence2', 'exactRecurrence4', 'similarity4',
     'velocityLevels'].each {
        assert e.music[column].containsKey(it) : "music.${column}.${it}"
    }
}
// The 6 loops are played at one velocity, as programmed parts are; so are the tracks their hands play: only a section's
// level (a lifted B, a softer intro and outro) moves them.
assert e.music.training.velocityLevels == 1
assert e.music.generated.velocityLevels >= 1 && e.music.generated.velocityLevels <= 3
['pitchCount', 'pitchClassHistogram', 'pitchClassTransition', 'pitchRange', 'averagePitchInterval',
 'noteCountPerBar', 'averageInterOnsetInterval', 'noteLengthHistogram', 'polyphony'].each {
    assert e.overlap[it] != null && e.overlap[it] >= 0 && e.overlap[it] <= 1 : "overlap.$it"
}
assert e.longestCopiedBars >= 0
assert e.novel8gramShare >= 0 && e.novel8gramShare <= 1
assert e.distinct4 > 0 && e.distinct4 <= 1
def log = new File(basedir, 'build.log').text
assert log =~ /held-out NLL +LSTM [0-9.]+ +[1-5]-gram [0-9.]+/
assert log.contains('overlap (OA)')
assert log.contains('Corpus: 6 distinct piece(s) in 119 file(s)')
assert log.contains('[WARNING] Only 6 distinct piece(s): too few to learn harmony from')
assert log =~ /music +generated +held-out human +training/
return true
