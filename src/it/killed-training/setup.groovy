// A build of a copy of this project (in killed/) starts training and is killed with SIGKILL after its first epoch,
// holding the cache lock; then Invoker runs this project's build on the same cache.
evaluate(new File(itSources, 'background-build.groovy'))
def folder = copyProject('killed')
def build = startBuild(folder, ['immersic:train'])
def log = new File(folder, 'build.log')
def deadline = System.currentTimeMillis() + 180_000
while (!(log.exists() && log.text.contains('Epoch 1/12')) && build.alive && System.currentTimeMillis() < deadline) {
    Thread.sleep(50)
}
assert build.alive : 'the build to kill ended by itself:\n' + log.text
build.destroyForcibly()
assert build.waitFor() == 137 : 'killed with SIGKILL'
return true
