package io.immersic.generation;

/**
 * Which section of the form each bar belongs to. The form's sections share the track's length (AABA in 16 bars with
 * 4-bar loops is four sections of 4 bars, in 32 bars four of 8), each a whole number of loops and at least one; a
 * form longer than the track is cut short, and one shorter repeats to fill it.
 *
 * @param letters the section letter of every bar, e.g. {@code AAAAAAAABBBBAAAA}
 * @param sectionBars bars per section
 */
record FormPlan(String letters, int sectionBars) {

    static FormPlan of(String form, int bars, int loopBars) {
        int loops = (int) Math.round((double) bars / (form.length() * loopBars));
        int sectionBars = loopBars * Math.max(1, loops);
        StringBuilder letters = new StringBuilder(bars);
        for (int bar = 0; bar < bars; bar++) {
            letters.append(form.charAt((bar / sectionBars) % form.length()));
        }
        return new FormPlan(letters.toString(), sectionBars);
    }

    char letter(int bar) {
        return letters.charAt(bar);
    }

    /** Whether {@code bar} is the last of its section (the phrase end where a player varies the loop). */
    boolean endsSection(int bar) {
        return (bar + 1) % sectionBars == 0 || bar == letters.length() - 1;
    }

    /** Whether the bar after {@code bar} starts another section letter (or the track ends there). */
    boolean leadsElsewhere(int bar) {
        return bar + 1 >= letters.length() || letters.charAt(bar + 1) != letters.charAt(bar);
    }

    /** Bar index of the first bar of {@code bar}'s section. */
    int sectionStart(int bar) {
        return bar - bar % sectionBars;
    }
}
