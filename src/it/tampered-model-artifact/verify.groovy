def log = new File(basedir, 'build.log').text
def reasons = [
    truncated: "is not a readable zip file",
    weights: "coefficients.bin does not match its SHA-256 or size in manifest.json",
    vocabulary: "model.json does not match its SHA-256 or size in manifest.json",
    resealed: "its vocabulary has 282 tokens but manifest.json says 232 tokens",
    serialized: "holds the entry 'preprocessor.bin', which Immersic never writes",
    dotdot: "holds the entry '../../evil.txt', which Immersic never writes",
    bomb: "coefficients.bin inflates to more than the"
]
reasons.each { version, reason ->
    def named = "The model io.immersic.it:poisoned:${version} given as <model> (-Dimmersic.model) cannot be used: "
    def line = log.readLines().find { it.contains(named) }
    assert line : "no failure for $version"
    assert line.contains(reason) : "$version: $line"
}
assert (log =~ /BUILD FAILURE/).count == reasons.size()
assert !log.contains('Epoch 1/') && !log.contains('Wrote ') : 'nothing trained or written from a poisoned model'
return true
