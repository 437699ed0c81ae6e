import groovy.json.JsonSlurper

def file = new File(basedir, 'target/immersic/evaluation.json')
assert file.isFile()
def e = new JsonSlurper().parse(file)
assert e.heldOutNll.lstm > 0 && e.heldOutNll.ngram > 0
assert e.heldOutNll.ngramOrder in 1..5
assert e.validationFiles == 12 : 'whole files held out: 10 % of 119'
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
return true
