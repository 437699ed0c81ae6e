def log = new File(basedir, 'build.log').text
assert log =~ /Quality gate failed: distinct4 is [0-9.]+, below <minDistinct4> \(-Dimmersic\.minDistinct4\) 1\.0/
assert new File(basedir, 'target/immersic/evaluation.json').isFile() : 'the evaluation is written before the gate'
assert !log.contains('\tat ')
return true
