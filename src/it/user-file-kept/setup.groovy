// Proves: a file of the user's where a track would go is never overwritten. Before the first build, tracks/ holds a
// complete track-2.wav of the user's (no manifest: Immersic never wrote there); the build of 2 tracks keeps it,
// byte for byte, and says so.
def tracks = new File(basedir, 'target/immersic/tracks')
tracks.mkdirs()
new File(tracks, 'track-2.wav').text = 'my own take'
return true
