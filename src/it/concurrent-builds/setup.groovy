// The second build (a copy of this project in other/) starts now, in the background. Once it is training (holding
// the model's lock), this returns and Invoker starts this project's build on the same store: it must wait and reuse.
evaluate(new File(itSources, 'background-build.groovy'))
def folder = copyProject('other')
def other = startBuild(folder, ['immersic:generate'])
new File(basedir, 'other.pid').text = other.pid()
def log = new File(folder, 'build.log')
def deadline = System.currentTimeMillis() + 180_000
while (!(log.exists() && log.text.contains('Epoch 1/20')) && other.alive && System.currentTimeMillis() < deadline) {
    Thread.sleep(50)
}
assert other.alive : 'the other build ended before it was seen training:\n' + log.text
return true
