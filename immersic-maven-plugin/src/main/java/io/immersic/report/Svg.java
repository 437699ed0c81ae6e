package io.immersic.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Text helpers shared by the report's SVG builders: XML escaping and locale-free number formatting, so that the
 * same chart always comes out as the same bytes, whatever the machine's locale.
 */
public final class Svg {

    private Svg() {}

    /**
     * Escapes {@code & < > " '} for both text content and attribute values; control characters that XML 1.0 forbids
     * are dropped so that a stray byte in a file name cannot break the page. {@code null} gives "".
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A coordinate: at most 2 decimals, no trailing zeros, never "-0" ("12", "12.5", "0.33", "-3"). */
    public static String num(double value) {
        return fixed(value, 2);
    }

    /** An axis label for counts that may be huge: "950", "1.5k", "2M", "0.25"; small steps keep up to 4 decimals. */
    public static String tick(double value) {
        double abs = Math.abs(value);
        if (abs >= 1e9) {
            return fixed(value / 1e9, 2) + "G";
        }
        if (abs >= 1e6) {
            return fixed(value / 1e6, 2) + "M";
        }
        if (abs >= 1e3) {
            return fixed(value / 1e3, 2) + "k";
        }
        return fixed(value, 4);
    }

    private static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        // BigDecimal rather than String.format: decimal rounding and a plain form independent of the default locale.
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
    }
}
