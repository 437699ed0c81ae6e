def log = new File(basedir, 'build.log').text
assert log.contains("<formats> (-Dimmersic.formats) is [mp3]: 'mp3' is not a format; it takes wav, flac, both")
assert log.contains('<tracks> (-Dimmersic.tracks) is 0; it must be 1 to 1000.')
// Both failed in the first goal of the lifecycle, before any stage ran.
assert (log =~ /\[ERROR\] Failed to execute goal io\.immersic:immersic-maven-plugin:[^:]+:preprocess \(default\)/).count == 2
assert !new File(basedir, 'target/immersic/corpus.json').exists() : 'nothing was preprocessed'
assert !log.contains('Preprocessed') : 'nothing was preprocessed'
assert !log.contains('Epoch') : 'nothing was trained'
assert !new File(basedir, 'model-cache').exists() : 'nothing was trained'
assert !log.contains('\tat ') : 'a clear message, not a stack trace'
return true
