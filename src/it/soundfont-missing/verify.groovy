def log = new File(basedir, 'build.log').text
assert log =~ /The SoundFont .*fonts\/missing\.sf2 given as <soundFont> \(-Dimmersic\.soundFont\) does not exist/
assert !log.contains('\tat ') : 'a clear message, not a stack trace'
assert !new File(basedir, 'target/immersic/tracks/track-1.mid').exists() : 'checked before any work is done'
return true
