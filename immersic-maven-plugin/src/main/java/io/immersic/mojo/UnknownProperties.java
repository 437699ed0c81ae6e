package io.immersic.mojo;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds {@code immersic.*} properties that no goal reads — a misspelled {@code -Dimmersic.trakcs=3} would otherwise be
 * ignored without a word — and names the parameter meant, when one is near. Each is reported once per build, however
 * many goals the build runs.
 */
final class UnknownProperties {

    /** Properties already reported, by build (its start time) and name. */
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    private UnknownProperties() {}

    /** Every property name a parameter of the plugin reads ({@link ImmersicProperties}' constants). */
    static Set<String> known() {
        Set<String> names = new TreeSet<>();
        for (Field field : ImmersicProperties.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().equals("PREFIX")) {
                try {
                    field.setAccessible(true);
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }

    /**
     * The warnings for the {@code immersic.*} names among {@code properties} that no parameter reads, each naming the
     * nearest parameter when it is a slip of a few letters away; a name already reported for {@code build} is left out.
     */
    static List<String> warnings(Properties properties, String build) {
        Set<String> known = known();
        List<String> warnings = new ArrayList<>();
        for (String name : new TreeSet<>(properties.stringPropertyNames())) {
            if (!name.startsWith(ImmersicProperties.PREFIX) || known.contains(name)
                    || !REPORTED.add(build + " " + name)) {
                continue;
            }
            String nearest = nearest(name, known);
            warnings.add("The property " + name + " is not read by any Immersic goal, so it changes nothing"
                    + (nearest == null ? "" : "; did you mean " + nearest + "?"));
        }
        return warnings;
    }

    /** The known name fewest edits away (at most 3, and fewer than half the name's length), or null. */
    static String nearest(String name, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String suffix = name.substring(ImmersicProperties.PREFIX.length()).toLowerCase();
        for (String candidate : known) {
            int distance = distance(suffix, candidate.substring(ImmersicProperties.PREFIX.length()).toLowerCase());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return bestDistance <= Math.min(3, suffix.length() / 2) ? best : null;
    }

    /** Edit distance with transpositions (optimal string alignment): "trakcs" is one slip from "tracks". */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
