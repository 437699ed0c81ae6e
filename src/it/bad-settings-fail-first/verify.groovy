def log = new File(basedir, 'build.log').text
// The three invocations' logs follow one another; each starts by scanning for projects.
def runs = log.split(/\[INFO\] Scanning for projects/).drop(1)
assert runs.size() == 3 : "expected three builds, found ${runs.size()}"
def goalFailed = { String run, String goal, String execution ->
    run =~ /\[ERROR\] Failed to execute goal io\.immersic:immersic-maven-plugin:[^:]+:$goal \($execution\)/
}

// 1: immersic:generate alone checks the whole chain first: nothing preprocessed or trained.
assert runs[0].contains('<tracks> (-Dimmersic.tracks) is 0; it must be 1 to 1000.')
assert goalFailed(runs[0], 'generate', 'default-cli')
assert !runs[0].contains('Preprocessed') : 'nothing was preprocessed'
assert !runs[0].contains('Epoch') : 'nothing was trained'

// 2, 3: in `package`, preprocess and train do not read generate's settings; generate rejects them before it writes.
assert runs[1].contains("<formats> (-Dimmersic.formats) is [mp3]: 'mp3' is not a format; it takes wav, flac, both")
assert runs[2].contains('<tracks> (-Dimmersic.tracks) is 0; it must be 1 to 1000.')
[runs[1], runs[2]].each { run ->
    assert run.contains(':train (default)') : 'train ran before generate'
    assert goalFailed(run, 'generate', 'default')
    assert !run.contains('Wrote') : 'nothing was generated'
}
assert !new File(basedir, 'target/immersic/tracks').exists() : 'nothing was generated'
assert !log.contains('\tat ') : 'a clear message, not a stack trace'
return true
