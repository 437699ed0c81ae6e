def log = new File(basedir, 'build.log').text
assert log =~ /No MIDI files found in folder .*midi \(includes \[\*\*\/\*\.mid, \*\*\/\*\.midi\], excludes \[\]\)/
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat ') : 'a clear message, not a stack trace'
return true
