package io.immersic.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SvgTest {

    @Test
    void escapesTheFiveXmlCharacters() {
        assertEquals("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;", Svg.escape("a & b <c> \"d\" 'e'"));
        assertEquals("Dm9 ♭", Svg.escape("Dm9 ♭"));
    }

    @Test
    void escapeDropsForbiddenControlCharactersAndAcceptsNull() {
        assertEquals("ab", Svg.escape("a\u0001b"));
        assertEquals("", Svg.escape(null));
    }

    @Test
    void numHasAtMostTwoDecimalsAndNoTrailingZeros() {
        assertEquals("12", Svg.num(12));
        assertEquals("12.5", Svg.num(12.5));
        assertEquals("0.33", Svg.num(1.0 / 3));
        assertEquals("-3", Svg.num(-3));
        assertEquals("0", Svg.num(-0.001));
        assertEquals("1000000", Svg.num(1_000_000));
    }

    @Test
    void numIgnoresTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("12.5", Svg.num(12.5));
            assertEquals("1.5k", Svg.tick(1500));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void tickShortensLargeCounts() {
        assertEquals("950", Svg.tick(950));
        assertEquals("1.5k", Svg.tick(1500));
        assertEquals("2M", Svg.tick(2_000_000));
        assertEquals("0.25", Svg.tick(0.25));
        assertEquals("12", Svg.tick(12.0));
        assertEquals("0", Svg.tick(0));
        assertEquals("0.002", Svg.tick(0.002));
    }

    @Test
    void notANumberIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Svg.num(Double.NaN));
    }

    @Test
    void niceTicksUseRoundSteps() {
        assertEquals("[0.0, 20.0, 40.0, 60.0, 80.0, 100.0]", Arrays.toString(Ticks.nice(0, 100)));
        assertEquals("[0.0, 1000000.0, 2000000.0, 3000000.0]", Arrays.toString(Ticks.nice(0, 3e6)));
        assertEquals("[0.0, 0.2, 0.4, 0.6, 0.8, 1.0]", Arrays.toString(Ticks.nice(0, 0)));
        assertEquals("[0.3, 0.4, 0.5, 0.6, 0.7]", Arrays.toString(Ticks.nice(0.31, 0.69)));
    }
}
