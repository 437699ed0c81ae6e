def holderPid = new File(basedir, 'holder.pid').text as long
def holder = ProcessHandle.of(holderPid)
assert holder.isPresent() && holder.get().alive : 'the holder kept the lock for the whole build'
holder.get().destroyForcibly()

def log = new File(basedir, 'build.log').text
def key = new File(basedir, 'entry.key').text
def waiting = log.readLines().find { it.contains('Waiting for ') && it.contains(key) }
assert waiting : 'the build did not say it waits for the entry'
assert waiting.contains("another build, PID ${holderPid} on ") && waiting.contains('(waiting up to 3 s)') : waiting
def gaveUp = log.readLines().find { it.startsWith('[WARNING] Gave up waiting for ') }
assert gaveUp && gaveUp.contains(key) && gaveUp.contains('after 3 s') && gaveUp.contains('cacheLockTimeout') : gaveUp
assert gaveUp.contains('not into the model cache') : gaveUp
assert log.contains('Epoch 1/2') && !log.contains('Cached the model as ') : 'it trains, and does not publish'
assert !new File(basedir, "model-cache/models/$key").exists() : 'a model trained without the lock went into the cache'
assert new File(basedir, 'target/immersic/model/model.zip').isFile()
assert new File(basedir, 'target/immersic/tracks/track-1.mid').isFile()
assert log.contains('BUILD SUCCESS')
return true
