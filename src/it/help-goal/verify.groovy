def log = new File(basedir, 'build.log').text
// The invocations' logs follow one another; each help starts with the plugin's name.
def helps = log.split(/Immersic Maven Plugin \S+/)
assert helps.length == 3 : 'expected two help outputs'
def all = helps[1]
def preprocess = helps[2]

['immersic:preprocess', 'immersic:train', 'immersic:generate', 'immersic:evaluate', 'immersic:help'].each {
    assert all.contains(it) : "help does not list $it"
}
['temperature', 'immersic.temperature', 'hiddenSize', 'midiDirectory', 'immersic.skip'].each {
    assert all.contains(it) : "help does not document $it"
}

// A parameter's entry is its name (and default) indented by four, its description by six (help logs one message,
// so only its first line carries Maven's [INFO]).
def parameters = (preprocess =~ /(?m)^(?:\[INFO\] )? {4}(\w+)(?: \(Default: .*\))?\s*$/).collect { it[1] }
println "help -Dgoal=preprocess lists ${parameters.size()} parameters: $parameters"
assert parameters.size() <= 12 : "preprocess's help lists ${parameters.size()} parameters: $parameters"
assert parameters.containsAll(['midiDirectory', 'includes', 'excludes', 'notesFile', 'outputDirectory', 'skip'])
['temperature', 'drums', 'minDistinct4', 'epochs', 'tracks'].each {
    assert !parameters.contains(it) : "preprocess's help lists $it, which preprocess does not read"
}
assert !preprocess.contains('immersic:generate') : 'help -Dgoal=preprocess describes only preprocess'
return true
