import java.nio.file.DirectoryIteratorException
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

// Proves: what the MIDI folder links to is read only as music. src/main/midi holds a few of the sample project's
// pieces, links to folders that cannot be read, and secret.mid, a link to a text file outside the project holding a
// password. The build succeeds, names each unreadable folder it skipped, and neither analysis.json nor report.html
// (both published with the project) nor the log holds the password.
//
// Not a link to / itself: the walk follows links, so it would read every .mid on the machine (thousands on a CI box or
// a developer's disk) as the corpus. The unreadable folders are what such a walk meets under /proc: those of PID 1
// that only its owner may list (dr-x------; in a container, not even root), and where there is no /proc (macOS) a
// folder without permissions. Only paths that really cannot be listed here are
// linked (recorded for verify).
def midi = new File(basedir, 'src/main/midi')
midi.mkdirs()
['lofi-01.mid', 'lofi-02.mid', 'lofi-03.mid', 'lofi-04.mid', 'lofi-05.mid'].each {
    Files.copy(new File(sampleMidi, it).toPath(), new File(midi, it).toPath(), StandardCopyOption.REPLACE_EXISTING)
}
def unreadable = { Path folder ->
    try {
        Files.newDirectoryStream(folder).withCloseable { it.iterator().hasNext() }
        return false
    } catch (IOException | DirectoryIteratorException e) {
        return true
    }
}
def link = { String name, Path target ->
    def path = new File(midi, name).toPath()
    Files.deleteIfExists(path)
    Files.createSymbolicLink(path, target)
}
def linked = ['proc-1-map-files': '/proc/1/map_files', 'proc-1-fdinfo': '/proc/1/fdinfo']
        .findAll { name, target -> unreadable(Path.of(target)) }
if (!linked) { // no /proc (macOS): a folder without permissions, unreadable to anyone but root
    def locked = new File(basedir, 'locked')
    locked.mkdirs()
    locked.setReadable(false, false); locked.setExecutable(false, false)
    if (unreadable(locked.toPath())) {
        linked = [locked: locked.path]
    }
}
linked.each { name, target -> link(name, Path.of(target)) }
assert linked : 'no folder here is unreadable to this user (root with every capability?): nothing to test'
new File(basedir, 'unreadable-links.txt').text = linked.keySet().join('\n')

def secret = new File(basedir.parentFile, 'forbidden-link-secret.txt')
secret.text = 'password=hunter2\nuser=admin\n'
link('secret.mid', secret.toPath())
return true
