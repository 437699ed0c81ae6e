def log = new File(basedir, 'build.log').text
def reasons = [
    "weights": "coefficients.bin does not match its SHA-256 or size in manifest.json",
    "truncated": "coefficients.bin does not match its SHA-256 or size in manifest.json",
    "vocabulary": "model.json does not match its SHA-256 or size in manifest.json",
    "resealed": "its vocabulary is not the one this corpus makes",
    "other-key": "not of its own key",
    "serialized": "it holds preprocessor.bin, which Immersic never writes",
    "missing": "model.json is missing"
]
reasons.each { name, reason ->
    def warning = log.readLines().find { it.startsWith('[WARNING] The cached model ') && it.contains("cache-$name") }
    assert warning : "no warning for $name"
    assert warning.contains(reason) : "$name: $warning"
    assert warning.endsWith('Training it again.')
    def cache = new File(basedir, "cache-$name/models")
    def entries = cache.listFiles().findAll { it.isDirectory() }
    assert entries.size() == 1 && entries[0].list().sort() == ['coefficients.bin', 'manifest.json', 'model.json']
}
assert !log.contains('Reusing the trained model') : 'no damaged entry is ever used'
assert (log =~ /Cached the model as /).count == reasons.size() : 'each case trains again and repairs its entry'
assert (log =~ /BUILD SUCCESS/).count == reasons.size()
return true
