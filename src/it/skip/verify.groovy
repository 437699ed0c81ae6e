def log = new File(basedir, 'build.log').text
assert log.contains('Skipping Immersic (immersic.skip=true)')
assert !new File(basedir, 'target/immersic').exists() : 'a skipped build must not write anything'
return true
