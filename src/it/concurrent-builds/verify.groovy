import java.util.concurrent.TimeUnit

def pid = new File(basedir, 'other.pid').text as long
ProcessHandle.of(pid).ifPresent { it.onExit().get(5, TimeUnit.MINUTES) }
def mine = new File(basedir, 'build.log').text
def other = new File(basedir, 'other/build.log').text
assert mine.contains('BUILD SUCCESS') && other.contains('BUILD SUCCESS') : 'both builds succeed'
assert (other =~ /Cached the model as /).count == 1 : 'the build started first trains'
assert mine =~ /Waiting for .+: another build, PID \d+ on \S+ is making it \(waiting up to \d+ s\)/ : 'this one waits for it'
assert mine.contains('Reusing the trained model') && !mine.contains('Epoch 1/') : 'and reuses its model'
(1..2).each { i ->
    assert new File(basedir, "target/immersic/tracks/track-${i}.mid").bytes ==
            new File(basedir, "other/target/immersic/tracks/track-${i}.mid").bytes : "track $i differs"
}
def entries = new File(basedir, 'shared-cache/models').listFiles().findAll { it.isDirectory() }
assert entries.size() == 1 : "one cache entry, found ${entries*.name}"
return true
