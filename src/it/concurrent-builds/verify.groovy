import java.util.concurrent.TimeUnit

def pid = new File(basedir, 'other.pid').text as long
ProcessHandle.of(pid).ifPresent { it.onExit().get(5, TimeUnit.MINUTES) }
def mine = new File(basedir, 'build.log').text
def other = new File(basedir, 'other/build.log').text
assert mine.contains('BUILD SUCCESS') && other.contains('BUILD SUCCESS') : 'both builds succeed'
def trainings = [mine, other].sum { (it =~ /Cached the model as /).count }
assert trainings == 1 : "one build trains, not $trainings"
assert [mine, other].count { it.contains('Reusing the trained model') } == 1 : 'the other reuses'
println "[INFO] a build waited for the other's training: ${(mine + other).contains('Waiting for another build')}"
(1..2).each { i ->
    assert new File(basedir, "target/immersic/tracks/track-${i}.mid").bytes ==
            new File(basedir, "other/target/immersic/tracks/track-${i}.mid").bytes : "track $i differs"
}
def entries = new File(basedir, 'shared-cache/models').listFiles().findAll { it.isDirectory() }
assert entries.size() == 1 : "one cache entry, found ${entries*.name}"
return true
