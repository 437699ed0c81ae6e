package io.immersic.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

class WavWriterTest {

    /** 2 bars x 4 beats x 60/90 s x 44,100 Hz. */
    private static final int FRAMES = 235_200;

    /** Cues on bar 1 and bar 2 (half way: 117,600), ACID 90 BPM, 8 beats, 4/4, middle C. */
    static final WavMetadata TWO_BARS_AT_90 = new WavMetadata(true,
            List.of(new WavMetadata.CuePoint(1, 0, "A"), new WavMetadata.CuePoint(2, 117_600, "bar 2")),
            new WavMetadata.Acid(90, 8, 4, 4, 60, false));

    static short[] ramp(int frames) {
        short[] pcm = new short[2 * frames];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (short) (i * 37 - 9000);
        }
        return pcm;
    }

    private static List<RiffChunks.Chunk> twoBars() {
        return RiffChunks.chunks(WavWriter.write(ramp(FRAMES), TWO_BARS_AT_90));
    }

    private static RiffChunks.Chunk chunk(List<RiffChunks.Chunk> chunks, String id) {
        return chunks.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void chunksComeInOrderAndTheRiffSizeCoversThem() {
        assertEquals(List.of("fmt ", "data", "smpl", "cue ", "LIST", "acid"),
                twoBars().stream().map(RiffChunks.Chunk::id).toList());
        assertEquals(FRAMES * 4, chunk(twoBars(), "data").size());
    }

    @Test
    void cuePointsReadBackWithIdsAndFrames() {
        ByteBuffer cue = chunk(twoBars(), "cue ").read();
        assertEquals(4 + 2 * 24, cue.capacity());
        assertEquals(2, cue.getInt());
        long[][] expected = {{1, 0}, {2, 117_600}};
        for (long[] point : expected) {
            assertEquals(point[0], cue.getInt(), "dwName");
            assertEquals(point[1], cue.getInt(), "dwPosition");
            byte[] fcc = new byte[4];
            cue.get(fcc);
            assertEquals("data", new String(fcc, StandardCharsets.US_ASCII), "fccChunk");
            assertEquals(0, cue.getInt(), "dwChunkStart");
            assertEquals(0, cue.getInt(), "dwBlockStart");
            assertEquals(point[1], cue.getInt(), "dwSampleOffset");
        }
    }

    @Test
    void labelsReadBackAsNullTerminatedTextPaddedToEvenLength() {
        RiffChunks.Chunk list = chunk(twoBars(), "LIST");
        assertEquals("adtl", new String(list.body(), 0, 4, StandardCharsets.US_ASCII));
        List<RiffChunks.Chunk> labels = RiffChunks.subChunks(list);
        assertEquals(List.of("labl", "labl"), labels.stream().map(RiffChunks.Chunk::id).toList());
        // "A": id 4 + 'A' + NUL = 6, even; "bar 2": 4 + 5 + NUL = 10, even.
        assertEquals(6, labels.get(0).size());
        assertEquals(10, labels.get(1).size());
        assertEquals(1, labels.get(0).read().getInt());
        assertEquals(2, labels.get(1).read().getInt());
        assertEquals("A\0", new String(labels.get(0).body(), 4, 2, StandardCharsets.US_ASCII));
        assertEquals("bar 2\0", new String(labels.get(1).body(), 4, 6, StandardCharsets.US_ASCII));
        // The list is 'adtl' + (8 + 6) + (8 + 10) = 36 bytes.
        assertEquals(36, list.size());
    }

    @Test
    void anOddLengthLabelGetsAPadByteTheListCounts() {
        // "AB": 4 + 2 + NUL = 7 bytes, so one pad byte follows inside the list; an unlabelled cue gets no labl.
        WavMetadata metadata = new WavMetadata(false, List.of(new WavMetadata.CuePoint(7, 10, "AB"),
                new WavMetadata.CuePoint(8, 20, null), new WavMetadata.CuePoint(9, 30, "x")), null);
        List<RiffChunks.Chunk> chunks = RiffChunks.chunks(WavWriter.write(ramp(100), metadata));
        assertEquals(List.of("fmt ", "data", "cue ", "LIST"), chunks.stream().map(RiffChunks.Chunk::id).toList());
        RiffChunks.Chunk list = chunk(chunks, "LIST");
        assertEquals(4 + (8 + 8) + (8 + 6), list.size());
        List<RiffChunks.Chunk> labels = RiffChunks.subChunks(list);
        assertEquals(7, labels.get(0).size());
        assertEquals(0, list.body()[4 + 8 + 7], "pad byte");
        assertEquals(9, labels.get(1).read().getInt(), "the second labl names cue 9, after the pad");
        assertEquals("x\0", new String(labels.get(1).body(), 4, 2, StandardCharsets.US_ASCII));
    }

    @Test
    void acidFieldsReadBackInLibsndfilesOrder() {
        ByteBuffer acid = chunk(twoBars(), "acid").read();
        assertEquals(24, acid.capacity());
        int flags = acid.getInt();
        assertEquals(0, flags & 0x01, "a loop, not a one-shot");
        assertEquals(0x02, flags & 0x02, "root note set");
        assertEquals(60, acid.getShort(), "root note");
        assertEquals((short) 0x8000, acid.getShort());
        assertEquals(0f, acid.getFloat());
        assertEquals(8, acid.getInt(), "beats");
        assertEquals(4, acid.getShort(), "meter denominator");
        assertEquals(4, acid.getShort(), "meter numerator");
        assertEquals(90.0f, acid.getFloat(), "tempo");
    }

    @Test
    void aOneShotSetsFlagOneAndTheMetreKeepsItsOrder() {
        WavMetadata metadata = new WavMetadata(false, List.of(), new WavMetadata.Acid(120, 3, 3, 8, 57, true));
        ByteBuffer acid = chunk(RiffChunks.chunks(WavWriter.write(ramp(10), metadata)), "acid").read();
        assertEquals(0x03, acid.getInt(0));
        assertEquals(8, acid.getShort(16), "denominator first");
        assertEquals(3, acid.getShort(18), "then numerator");
        assertEquals(120f, acid.getFloat(20));
    }

    @Test
    void javaSoundStillReadsTheFile() throws Exception {
        byte[] wav = WavWriter.write(ramp(FRAMES), TWO_BARS_AT_90);
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            assertEquals(FRAMES, in.getFrameLength());
            assertEquals(2, in.getFormat().getChannels());
            assertEquals(44_100f, in.getFormat().getSampleRate());
        }
    }

    @Test
    void theLoopFlagWritesTheSameBytesAsBefore() throws Exception {
        short[] pcm = ramp(1001);
        assertArrayEquals(WavWriter.write(pcm, true), WavWriter.write(pcm, new WavMetadata(true, List.of(), null)));
        assertArrayEquals(WavWriter.write(pcm, false), WavWriter.write(pcm, WavMetadata.NONE));
        // SHA-256 of the bytes the writer produced before metadata existed (commit 927ca59).
        assertEquals("6b9f1650e40668d711da3d5988b8f8b64bf4a6ef6f261b181379951135787023", sha256(WavWriter.write(pcm, true)));
        assertEquals("f8b0fc7487e28078165697ee804f7dd06ee781fb524497c5192a29edc2789481", sha256(WavWriter.write(pcm, false)));
    }

    @Test
    void aCuePastTheEndOrAReusedIdIsRefused() {
        WavMetadata late = new WavMetadata(false, List.of(new WavMetadata.CuePoint(1, 11, null)), null);
        assertThrows(IllegalArgumentException.class, () -> WavWriter.write(ramp(10), late));
        assertThrows(IllegalArgumentException.class, () -> new WavMetadata(false,
                List.of(new WavMetadata.CuePoint(1, 0, "a"), new WavMetadata.CuePoint(1, 5, "b")), null));
        assertThrows(IllegalArgumentException.class, () -> new WavMetadata.CuePoint(1, 0, "caf\u00e9"));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Streamed from the floats a block at a time, a WAV has the bytes of the one written whole from its PCM. */
    @Test
    void streamedWavEqualsTheWholeOne() throws Exception {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        WavMetadata metadata = new WavMetadata(true, List.of(), null);
        for (int frames : new int[] {0, 1, 16_383, 16_384, 16_385, 50_000}) {
            StereoBuffer buffer = new StereoBuffer(frames);
            for (int i = 0; i < frames; i++) {
                buffer.left[i] = (float) (random.nextDouble() * 2.2 - 1.1);
                buffer.right[i] = (float) (random.nextDouble() * 2 - 1);
            }
            java.io.ByteArrayOutputStream streamed = new java.io.ByteArrayOutputStream();
            WavWriter.write(buffer, frames == 0 ? WavMetadata.NONE : metadata, streamed);
            assertArrayEquals(WavWriter.write(WavWriter.toPcm(buffer), frames == 0 ? WavMetadata.NONE : metadata),
                    streamed.toByteArray(), frames + " frames");
        }
    }
}
