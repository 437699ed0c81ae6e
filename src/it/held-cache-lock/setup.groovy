// Proves: a holder of the model cache entry's lock that neither finishes nor dies (stopped, hung) blocks a build only
// for cacheLockTimeout (3 s here): the build logs the wait, gives up with a warning naming the entry and the setting,
// trains the model itself without putting it into the cache, and succeeds.
//
// How the lock file is found: its name is the entry's key (TrainStep.fingerprint: corpus tokens, training
// parameters, backend) plus ".lock", beside the entry in <cacheDirectory>/models (EntryStore.lock). Rather than
// computing the key here, a first build (a child mvn, immersic:train) trains and caches the entry; its folder's name
// is the key. The entry is then deleted, so the Invoker build must make the same entry again, and a separate JVM
// (Hold.java, started with the single-file source launcher) takes that entry's lock and keeps it for 5 minutes.
evaluate(new File(itSources, 'background-build.groovy'))
def first = startBuild(basedir, ['immersic:train'], 'setup-build.log')
assert first.waitFor() == 0 : new File(basedir, 'setup-build.log').text
def models = new File(basedir, 'model-cache/models')
def entries = models.listFiles().findAll { it.isDirectory() }
assert entries.size() == 1 : "one cache entry, found ${entries*.name}"
def key = entries[0].name
assert entries[0].deleteDir()
new File(basedir, 'entry.key').text = key

def java = new File(System.getProperty('java.home'), 'bin/java').path
def holderLog = new File(basedir, 'holder.log')
def holder = new ProcessBuilder(java, new File(basedir, 'Hold.java').path, new File(models, "${key}.lock").path, '300')
        .redirectErrorStream(true).redirectOutput(holderLog).start()
new File(basedir, 'holder.pid').text = holder.pid()
def deadline = System.currentTimeMillis() + 60_000
while (!(holderLog.exists() && holderLog.text.contains('held')) && holder.alive && System.currentTimeMillis() < deadline) {
    Thread.sleep(50)
}
assert holder.alive && holderLog.text.contains('held') : 'the holder did not take the lock:\n' + holderLog.text
return true
