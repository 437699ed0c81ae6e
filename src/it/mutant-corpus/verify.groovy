def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/immersic/tracks/track-1.mid').isFile()
// What the plugin logged: from its first line on. Before it, Maven may print its own warnings with a stack trace (a
// download without checksums into the fresh local repository of the first scenario run).
def plugin = log.substring(log.indexOf("[INFO] Immersic's model cache"))
def lines = plugin.readLines()

// Every skipped file is named once with its reason, and as many as preprocess says it skipped.
def summary = plugin =~ /Of 324 MIDI file\(s\): (\d+) used, (\d+) skipped \(named above\), (\d+) repaired/
assert summary : 'no preprocess summary over the 324 files'
int used = summary[0][1] as int, skipped = summary[0][2] as int
def skips = lines.findAll { it.startsWith('[WARNING] Skipping ') }
assert skips.size() == skipped : "${skips.size()} 'Skipping' lines for ${skipped} skipped files"
skips.each { assert it =~ /^\[WARNING\] Skipping .*\/midi\/mutant-\d{3}-lofi-\d\d\.mid: it \S/ : "no file or reason: ${it}" }
assert skips.collect { it.substring(0, it.indexOf(': ')) }.unique().size() == skipped : 'a file named twice'
// The 24 good files are used, and mutants both ways: the mutations reach the parser and its reasons.
assert !lines.any { it.startsWith('[WARNING]') && it =~ /\/midi\/lofi-\d\d\.mid/ } : 'a good file warned about'
assert used > 24 + 30 && skipped > 150 : "used ${used}, skipped ${skipped}"
assert !plugin.contains('please report this file as a bug') : 'a mutant reached the unforeseen-error path'
// Each reason is the structure walk's, none javax.sound.midi's "could not get sequence from input stream".
assert !skips.any { it.contains(': it is not a readable MIDI file') } : skips.find { it.contains('not a readable') }

assert !plugin.contains('Exception') : 'an exception in the log'
assert !(plugin =~ /(?m)^\s+at [\w$.]+\(/) : 'bad input must not print a stack trace'
def repeated = lines.findAll { it.startsWith('[WARNING]') }.countBy { it }.findAll { it.value > 1 }.keySet()
assert repeated.isEmpty() : "warned more than once: ${repeated.take(3)}"
return true
