package io.immersic.tokens;

import io.immersic.midi.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns REMI tokens back into notes. Sampled sequences are not always well formed, so the decoder is forgiving: a
 * PITCH without a DUR gets half a beat, a DUR without a PITCH is ignored, and everything after END is dropped.
 */
public final class RemiDecoder {

    private static final int DEFAULT_DURATION_STEPS = 6;
    private static final int DEFAULT_VELOCITY_BIN = 4;

    public List<Note> decode(List<String> tokens, double beatsPerBar) {
        double stepsPerBar = beatsPerBar * RemiTokens.STEPS_PER_BEAT;
        List<Note> notes = new ArrayList<>();
        int bar = -1;
        int position = 0;
        int velocityBin = DEFAULT_VELOCITY_BIN;
        int pendingPitch = -1;
        for (String token : tokens) {
            int pitch = RemiTokens.valueOf(token, RemiTokens.PITCH);
            int duration = RemiTokens.valueOf(token, RemiTokens.DURATION);
            if (pendingPitch >= 0 && duration < 0) {
                notes.add(note(pendingPitch, bar, position, DEFAULT_DURATION_STEPS, velocityBin, stepsPerBar));
                pendingPitch = -1;
            }
            if (token.equals(RemiTokens.END)) {
                break;
            } else if (token.equals(RemiTokens.BAR)) {
                bar++;
                position = 0;
            } else if (token.startsWith(RemiTokens.POSITION)) {
                position = Math.max(0, RemiTokens.valueOf(token, RemiTokens.POSITION));
            } else if (token.startsWith(RemiTokens.VELOCITY)) {
                velocityBin = Math.max(0, RemiTokens.valueOf(token, RemiTokens.VELOCITY));
            } else if (pitch >= 0 && pitch <= 127) {
                pendingPitch = pitch;
            } else if (duration > 0 && pendingPitch >= 0) {
                notes.add(note(pendingPitch, bar, position, duration, velocityBin, stepsPerBar));
                pendingPitch = -1;
            }
        }
        if (pendingPitch >= 0) {
            notes.add(note(pendingPitch, bar, position, DEFAULT_DURATION_STEPS, velocityBin, stepsPerBar));
        }
        return notes;
    }

    private static Note note(int pitch, int bar, int position, int durationSteps, int velocityBin,
                             double stepsPerBar) {
        double onsetSteps = Math.max(0, bar) * stepsPerBar + position;
        return new Note(pitch, RemiTokens.velocityOf(velocityBin), onsetSteps / RemiTokens.STEPS_PER_BEAT,
                (double) durationSteps / RemiTokens.STEPS_PER_BEAT, 0);
    }
}
