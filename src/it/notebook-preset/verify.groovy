import groovy.json.JsonSlurper
import javax.sound.midi.*

def log = new File(basedir, 'build.log').text
assert log.contains('Notebook preset: training the notebooks\' model')
assert log =~ /Notebook baseline epoch 1\/1: train loss [0-9.]+/
// Greedy argmax for 500 elements at a fixed half-beat step: 250 beats.
def sequence = MidiSystem.getSequence(new File(basedir, 'target/immersic/tracks/track-1.mid'))
assert Math.abs(sequence.tickLength / sequence.resolution - 252) <= 4 : "${sequence.tickLength / sequence.resolution} beats"
def e = new JsonSlurper().parse(new File(basedir, 'target/immersic/evaluation.json'))
assert e.heldOutNll.lstm > 0 && e.heldOutNll.ngram > 0
assert e.distinct4 >= 0
return true
