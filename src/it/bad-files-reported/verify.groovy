def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] Skipping .*empty\.mid: it is empty/
assert log =~ /\[WARNING\] Skipping .*corrupt\.mid: it is truncated or damaged: track 1 declares 2130706432 bytes/
assert log =~ /\[WARNING\] Skipping .*sketch\.mscz: it is a ZIP archive/
assert log.contains('Preprocessed 5 file(s)')
assert !(log =~ /(?m)^\s+at [\w$.]+\(/) : 'bad input must not print a stack trace'
assert new File(basedir, 'target/immersic/tracks/track-1.mid').isFile()
return true
