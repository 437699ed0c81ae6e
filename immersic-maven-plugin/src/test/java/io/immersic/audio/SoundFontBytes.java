package io.immersic.audio;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A minimal SF2 SoundFont made by the tests: one preset, one instrument, one looped sine sample of exactly 440 Hz
 * (100 samples a period at 44 kHz) with root key A4, so that whatever plays A4 through it must sound at 440 Hz.
 */
final class SoundFontBytes {

    private SoundFontBytes() {}

    static byte[] sineA4() {
        int sampleRate = 44_000;
        int frames = 12_000;
        ByteArrayOutputStream smpl = new ByteArrayOutputStream();
        for (int i = 0; i < frames + 46; i++) { // SF2 wants 46 zero samples after each sample
            short v = i < frames ? (short) Math.round(12_000 * Math.sin(2 * Math.PI * i / 100.0)) : 0;
            smpl.write(v);
            smpl.write(v >> 8);
        }
        byte[] info = list("INFO", chunk("ifil", le16(2), le16(1)), chunk("isng", zstr("EMU8000", 8)),
                chunk("INAM", zstr("Immersic test sine", 20)));
        byte[] sdta = list("sdta", chunk("smpl", smpl.toByteArray()));
        byte[] pdta = list("pdta",
                chunk("phdr", concat(zstr("Sine", 20), le16(0), le16(0), le16(0), le32(0), le32(0), le32(0)),
                        concat(zstr("EOP", 20), le16(0), le16(0), le16(1), le32(0), le32(0), le32(0))),
                chunk("pbag", concat(le16(0), le16(0)), concat(le16(1), le16(0))),
                chunk("pmod", new byte[10]),
                chunk("pgen", concat(le16(41), le16(0)), concat(le16(0), le16(0))),       // instrument 0
                chunk("inst", concat(zstr("Sine", 20), le16(0)), concat(zstr("EOI", 20), le16(1))),
                chunk("ibag", concat(le16(0), le16(0)), concat(le16(2), le16(0))),
                chunk("imod", new byte[10]),
                chunk("igen", concat(le16(54), le16(1)), concat(le16(53), le16(0)),      // looped; sample 0
                        concat(le16(0), le16(0))),
                chunk("shdr", concat(zstr("sine", 20), le32(0), le32(frames), le32(1000), le32(11_000),
                                le32(sampleRate), new byte[] {69, 0}, le16(0), le16(1)),
                        concat(zstr("EOS", 20), le32(0), le32(0), le32(0), le32(0), le32(0), new byte[] {0, 0},
                                le16(0), le16(0))));
        return riff("sfbk", info, sdta, pdta);
    }

    private static byte[] riff(String form, byte[]... lists) {
        return chunkWithType("RIFF", form, concat(lists));
    }

    private static byte[] list(String type, byte[]... chunks) {
        return chunkWithType("LIST", type, concat(chunks));
    }

    private static byte[] chunkWithType(String id, String type, byte[] body) {
        return chunk(id, concat(type.getBytes(StandardCharsets.US_ASCII), body));
    }

    private static byte[] chunk(String id, byte[]... parts) {
        byte[] body = concat(parts);
        return concat(id.getBytes(StandardCharsets.US_ASCII), le32(body.length), body,
                body.length % 2 == 1 ? new byte[1] : new byte[0]);
    }

    private static byte[] zstr(String text, int length) {
        byte[] out = new byte[length];
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, out, 0, Math.min(bytes.length, length - 1));
        return out;
    }

    private static byte[] le16(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8)};
    }

    private static byte[] le32(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)};
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
