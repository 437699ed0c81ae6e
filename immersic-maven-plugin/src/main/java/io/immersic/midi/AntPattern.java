package io.immersic.midi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An Ant-style path pattern, matched as Maven's own {@code SelectorUtils.matchPath} matches one (kept here so that
 * {@code midi} does not need Maven's libraries): '/'-separated segments, {@code **} as a whole segment for any number
 * of folders (none included), {@code *} for any characters within a segment, {@code ?} for one. Empty segments are
 * ignored, and a pattern that starts with '/' matches only a path that does.
 */
final class AntPattern {

    private final String pattern;
    private final List<String> segments;
    private final boolean caseSensitive;

    AntPattern(String pattern, boolean caseSensitive) {
        this.pattern = pattern;
        this.segments = segments(pattern);
        this.caseSensitive = caseSensitive;
    }

    boolean matches(String path) {
        if (path.startsWith("/") != pattern.startsWith("/")) {
            return false;
        }
        return matches(0, segments(path), 0);
    }

    private boolean matches(int p, List<String> path, int s) {
        if (p == segments.size()) {
            return s == path.size();
        }
        if (segments.get(p).equals("**")) {
            int next = p;
            while (next < segments.size() && segments.get(next).equals("**")) {
                next++;
            }
            for (int k = s; k <= path.size(); k++) {
                if (matches(next, path, k)) {
                    return true;
                }
            }
            return false;
        }
        return s < path.size() && segment(segments.get(p)).matcher(path.get(s)).matches() && matches(p + 1, path, s + 1);
    }

    /** One segment's wildcards as a regular expression. */
    private Pattern segment(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                if (!literal.isEmpty()) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(),
                Pattern.DOTALL | (caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }
}
