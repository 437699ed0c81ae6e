import java.nio.file.*

// The good corpus: the sample project's MIDI (in the repository). The bad files are made here, beside it.
def midi = new File(basedir, 'midi')
midi.mkdirs()
new File(sampleMidi).eachFileMatch(~/.*\.mid/) { Files.copy(it.toPath(), new File(midi, it.name).toPath()) }

/** A Standard MIDI File from raw track bodies (lists of ints, delta times included; end of track appended). */
def smf = { int format, int ppq, List<List<Integer>> tracks ->
    def out = new ByteArrayOutputStream()
    def u32 = { long v -> [(v >> 24) & 0xFF, (v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF] as byte[] }
    out.write('MThd'.bytes); out.write(u32(6))
    out.write([0, format, tracks.size() >> 8, tracks.size() & 0xFF, (ppq >> 8) & 0xFF, ppq & 0xFF] as byte[])
    tracks.each { body ->
        def bytes = (body + [0, 0xFF, 0x2F, 0]) as byte[]
        out.write('MTrk'.bytes); out.write(u32(bytes.length)); out.write(bytes)
    }
    out.toByteArray()
}
// Am7 → D9 (a bar each) at PPQ 480: what every damaged file below carries besides its damage.
def music = [0, 0x90, 57, 70, 0, 60, 70, 0, 64, 70, 0, 67, 70,
             0x8F, 0x00, 57, 0, 0, 60, 0, 0, 64, 0, 0, 67, 0,   // delta 1920 (0x8F 0x00), running status note-offs
             0, 50, 70, 0, 54, 70, 0, 57, 70, 0, 64, 70,
             0x8F, 0x00, 50, 0, 0, 54, 0, 0, 57, 0, 0, 64, 0]
def write = { String name, byte[] bytes -> new File(midi, name).bytes = bytes }

// Damaged values in otherwise good files: the event is dropped and counted, the file is used.
write('velocity-200.mid', smf(0, 480, [[0, 0x90, 72, 0xC8] + music]))
write('key-200.mid', smf(0, 480, [[0, 0x90, 0xC8, 64] + music]))
write('metre-1-128.mid', smf(0, 480, [[0, 0xFF, 0x58, 4, 1, 7, 24, 8] + music]))
write('metre-4-31.mid', smf(0, 480, [[0, 0xFF, 0x58, 4, 4, 31, 24, 8] + music]))
write('metre-255-1.mid', smf(0, 480, [[0, 0xFF, 0x58, 4, 255, 0, 24, 8] + music]))
write('tempo-0.mid', smf(0, 480, [[0, 0xFF, 0x51, 3, 0, 0, 0] + music]))
write('tempo-1us.mid', smf(0, 480, [[0, 0xFF, 0x51, 3, 0, 0, 1] + music]))
write('tempo-ffffff.mid', smf(0, 480, [[0, 0xFF, 0x51, 3, 0xFF, 0xFF, 0xFF] + music]))
// Extreme but valid: used as they are.
write('ppq-1.mid', smf(0, 1, [[0, 0x90, 60, 80, 4, 0x80, 60, 0, 0, 0x90, 64, 80, 4, 0x80, 64, 0]]))
write('ppq-32767.mid', smf(0, 32767, [[0, 0x90, 60, 80, 0x87, 0xFF, 0x7F, 0x80, 60, 0]]))
write('thousand-tracks.mid', smf(1, 480, (0..<1000).collect { [0, 0x90, 48 + it % 24, 60, 0x83, 0x60, 0x80, 48 + it % 24, 0] }))

// Unusable files: skipped, each with its reason.
write('ppq-0.mid', smf(0, 0, [music]))
def good = smf(0, 480, [music])
write('truncated-header.mid', Arrays.copyOf(good, 9))
write('truncated-track.mid', Arrays.copyOf(good, good.length - 10))
def longLength = good.clone(); longLength[18] = 0x10
write('long-length.mid', longLength)
def format2 = good.clone(); format2[9] = 2
write('format-2.mid', format2)
def smpte = good.clone(); smpte[12] = (byte) 0xE7; smpte[13] = 40
write('smpte.mid', smpte)
write('empty.mid', new byte[0])
write('notes-as-text.mid', 'C4 E4 G4\nA4 C5 E5\n'.bytes)
def zip = new java.util.zip.ZipOutputStream(new FileOutputStream(new File(midi, 'sketch.mid')))
zip.putNextEntry(new java.util.zip.ZipEntry('sketch.mscx'))
zip.write('<museScore version="4.0"/>'.bytes)
zip.close()
// 50 MB: a million notes and a large system exclusive message.
new File(midi, 'huge.mid').withOutputStream { out ->
    def notes = new ByteArrayOutputStream()
    notes.write([0, 0x90] as byte[])
    def note = [60, 80, 1, 60, 0, 0] as byte[]
    1_000_000.times { notes.write(note) }
    def body = notes.toByteArray()
    def sysex = 50_000_000 - 14 - 8 - body.length - 1 - 4 - 4 // the whole file: 50,000,000 bytes
    long length = body.length + 1 + 4 + sysex + 4
    out.write('MThd'.bytes); out.write([0, 0, 0, 6, 0, 0, 0, 1, 1, 0xE0] as byte[])
    out.write('MTrk'.bytes); out.write([(length >> 24) & 0xFF, (length >> 16) & 0xFF, (length >> 8) & 0xFF, length & 0xFF] as byte[])
    out.write(body)
    out.write([0xF0, 0x80 | (sysex >> 21) & 0x7F, 0x80 | (sysex >> 14) & 0x7F, 0x80 | (sysex >> 7) & 0x7F,
               sysex & 0x7F] as byte[]) // system exclusive: F0, its length as a 4-byte VLQ, its data
    out.write(new byte[sysex])
    out.write([0, 0xFF, 0x2F, 0] as byte[])
}

// Two links back to the MIDI folder (the old walk never ended) and a link to a file that is gone.
def sub = new File(midi, 'sub'); sub.mkdirs()
Files.createSymbolicLink(new File(midi, 'loop-a').toPath(), midi.toPath())
Files.createSymbolicLink(new File(sub, 'loop-b').toPath(), midi.toPath())
Files.createSymbolicLink(new File(midi, 'gone.mid').toPath(), new File(midi, 'deleted.mid').toPath())
return true
