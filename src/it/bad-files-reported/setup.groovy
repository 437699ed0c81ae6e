import java.nio.file.*

// Good files: a few of the sample project's own pieces. Bad files: made here, next to them.
def midi = new File(basedir, 'midi')
midi.mkdirs()
def samples = new File(sampleMidi)
['lofi-01.mid', 'lofi-02.mid', 'lofi-03.mid', 'lofi-04.mid', 'lofi-05.mid'].each {
    Files.copy(new File(samples, it).toPath(), new File(midi, it).toPath(), StandardCopyOption.REPLACE_EXISTING)
}
new File(midi, 'empty.mid').bytes = new byte[0]
// A MIDI header whose track chunk claims far more bytes than the file has.
new File(midi, 'corrupt.mid').bytes = ([0x4D, 0x54, 0x68, 0x64, 0, 0, 0, 6, 0, 1, 0, 1, 1, 0xE0,
                                        0x4D, 0x54, 0x72, 0x6B, 0x7F, 0, 0, 0, 0x90, 0x3C] as byte[])
// A MuseScore file is a ZIP archive.
def zip = new java.util.zip.ZipOutputStream(new FileOutputStream(new File(midi, 'sketch.mscz')))
zip.putNextEntry(new java.util.zip.ZipEntry('sketch.mscx'))
zip.write('<museScore version="4.0"/>'.bytes)
zip.close()
return true
