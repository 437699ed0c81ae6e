def log = new File(basedir, 'build.log').text
assert log.contains("<progression> (-Dimmersic.progression): 'Hm7' is not a chord symbol")
assert log.contains('e.g. Dm9, G13, Cmaj9, A7b9')
assert !log.contains('Preprocessed') : 'settings are checked before any work'
assert !log.contains('Epoch 1/') : 'settings are checked before any training'
assert !log.contains('\tat ')
return true
