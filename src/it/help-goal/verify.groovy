def log = new File(basedir, 'build.log').text
['immersic:preprocess', 'immersic:train', 'immersic:generate', 'immersic:help'].each {
    assert log.contains(it) : "help does not list $it"
}
['temperature', 'immersic.temperature', 'hiddenSize', 'midiDirectory', 'immersic.skip'].each {
    assert log.contains(it) : "help does not document $it"
}
return true
