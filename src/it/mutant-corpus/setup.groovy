import java.nio.file.*

// The good corpus (the sample project's MIDI) and 300 mutants of it beside it, made with the mutations of the unit
// tests' MidiMutationFuzz from a fixed seed, so every run of this scenario reads the same 324 files.
def midi = new File(basedir, 'midi')
midi.mkdirs()
def good = new File(sampleMidi).listFiles().findAll { it.name.endsWith('.mid') }.sort { it.name }
good.each { Files.copy(it.toPath(), new File(midi, it.name).toPath()) }

def random = new Random(20261205L)
def splice = { byte[] bytes, int at, int remove, byte[] insert ->
    def out = new byte[bytes.length - remove + insert.length]
    System.arraycopy(bytes, 0, out, 0, at)
    System.arraycopy(insert, 0, out, at, insert.length)
    System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove)
    out
}
// A chunk or event length written over any 4 bytes: a random one, a small one, or one of the extremes a u32 must bear.
def lengths = [{ random.nextInt() }, { random.nextInt(64) }, { 0xFFFFFFFF as int }, { 0 }, { 0x7FFFFFFF }]
/** One to four seeded mutations of a copy of the bytes. */
def mutate = { byte[] base ->
    byte[] bytes = base.clone()
    int mutations = 1 + random.nextInt(4)
    for (int m = 0; m < mutations && bytes.length > 0; m++) {
        int at = random.nextInt(bytes.length)
        switch (random.nextInt(8)) {
            case 0: bytes[at] = (byte) (bytes[at] ^ (1 << random.nextInt(8))); break
            case 1: bytes[at] = (byte) ([0x00, 0x7F, 0x80, 0xC8, 0xFF][random.nextInt(5)]); break
            case 2: bytes[at] = (byte) random.nextInt(256); break
            case 3: def inserted = new byte[1 + random.nextInt(8)]; random.nextBytes(inserted)
                bytes = splice(bytes, at, 0, inserted); break
            case 4: bytes = splice(bytes, at, Math.min(bytes.length - at, 1 + random.nextInt(16)), new byte[0]); break
            case 5: bytes = Arrays.copyOf(bytes, at); break // cut short
            case 6: int length = Math.min(bytes.length - at, 1 + random.nextInt(32)) // a range written twice
                bytes = splice(bytes, at, 0, Arrays.copyOfRange(bytes, at, at + length)); break
            default: if (bytes.length - at >= 4) {
                int value = lengths[random.nextInt(lengths.size())]()
                (0..3).each { k -> bytes[at + k] = (byte) (value >>> (24 - 8 * k)) }
            }
        }
    }
    bytes
}
300.times { i ->
    def base = good[random.nextInt(good.size())]
    new File(midi, String.format('mutant-%03d-%s', i, base.name)).bytes = mutate(base.bytes)
}
return true
