package io.immersic.midi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AntPatternTest {

    private static boolean matches(String pattern, String path) {
        return new AntPattern(pattern, false).matches(path);
    }

    @Test
    void doubleStarIsAnyNumberOfFolders() {
        assertTrue(matches("**/*.mid", "a.mid"));
        assertTrue(matches("**/*.mid", "a/b/c.MID"));
        assertFalse(matches("**/*.mid", "a/b/c.midi"));
        assertTrue(matches("drafts/**", "drafts/x/y.mid"));
        assertTrue(matches("drafts/**", "drafts"));
        assertFalse(matches("drafts/**", "final/drafts.mid"));
        assertTrue(matches("a/**/b/**/c.mid", "a/b/c.mid"));
        assertTrue(matches("a/**/**/c.mid", "a/x/y/c.mid"));
        assertTrue(matches("**", "anything/at/all.mid"));
    }

    @Test
    void starAndQuestionMarkStayWithinOneSegment() {
        assertTrue(matches("*.mid", "song.mid"));
        assertFalse(matches("*.mid", "folder/song.mid"));
        assertTrue(matches("song?.mid", "song1.mid"));
        assertFalse(matches("song?.mid", "song12.mid"));
        assertTrue(matches("a*b*.mid", "axxbyy.mid"));
        assertTrue(matches("(live) [1].mid", "(LIVE) [1].mid"));
    }

    @Test
    void caseAndLeadingSlash() {
        assertFalse(new AntPattern("*.mid", true).matches("A.MID"));
        assertFalse(matches("/a.mid", "a.mid"));
        assertTrue(matches("a//b.mid", "a/b.mid"));
    }
}
