def log = new File(basedir, 'build.log').text
def warned = { String file, String reason ->
    def line = log.readLines().find { it.startsWith('[WARNING]') && it.contains(file) && it.contains(reason) }
    assert line : "no warning naming ${file} with '${reason}'"
}
warned('velocity-200.mid', 'note events with a key or velocity above 127: 1 dropped (first: velocity 200)')
warned('key-200.mid', '(first: key 200)')
warned('metre-1-128.mid', 'time signatures outside 1–16 quarter notes per bar, beats of 1/1 to 1/16: 1 dropped (first: 1/128)')
warned('metre-4-31.mid', '(first: 4/2^31)')
warned('metre-255-1.mid', '(first: 255/1)')
warned('tempo-0.mid', 'tempo changes outside 20–400 BPM: 1 dropped (first: 0 µs per quarter note)')
warned('tempo-1us.mid', '(first: 60000000.00 BPM)')
warned('tempo-ffffff.mid', '(first: 3.58 BPM)')
warned('ppq-0.mid', 'it declares 0 ticks per quarter note')
warned('truncated-header.mid', 'it is truncated: a MIDI header takes 14 bytes and the file has 9')
warned('truncated-track.mid', 'it is truncated or damaged: track 1 declares')
warned('long-length.mid', 'it is truncated or damaged: track 1 declares')
warned('format-2.mid', 'it is a format 2 MIDI file')
warned('smpte.mid', 'it uses SMPTE time division (25 frames per second)')
warned('empty.mid', 'it is empty (0 bytes)')
warned('notes-as-text.mid', "it is not a MIDI file: it starts with text, not 'MThd' (it starts with \"C4 E4 G4\")")
assert !new File(basedir, 'target/immersic/analysis.json').text.contains('C4 E4 G4') : 'a file is quoted in the log only'
warned('sketch.mid', 'it is a ZIP archive')
warned('huge.mid', 'it is 50.0 MB; a MIDI file Immersic reads is at most 32 MB')
warned('gone.mid', 'which does not exist')
warned('loop-a', 'a loop')
warned('loop-b', 'a loop')
assert !log.contains('ppq-1.mid') && !log.contains('ppq-32767.mid') && !log.contains('thousand-tracks.mid') : 'valid files are used without a word'
// 24 sample files + 8 repaired + 3 extreme but valid = 35 used; 10 skipped, the 50 MB file among them (the dangling
// link and the loops are not files).
assert log.contains('Of 45 MIDI file(s): 35 used, 10 skipped (named above), 8 repaired by dropping out-of-range events')
assert log.contains('BUILD SUCCESS')
assert !(log =~ /(?m)^\s+at [\w$.]+\(/) : 'bad input must not print a stack trace'
assert new File(basedir, 'target/immersic/tracks/track-1.mid').isFile()
return true
