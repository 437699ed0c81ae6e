// Before the first build: a note of the user's in tracks/, and what a build killed while writing a WAV leaves there.
def tracks = new File(basedir, 'target/immersic/tracks')
tracks.mkdirs()
new File(tracks, 'my-notes.txt').text = 'track 3 is the best'
new File(tracks, '.track-1.wav.123.tmp').text = 'half a WAV'
return true
