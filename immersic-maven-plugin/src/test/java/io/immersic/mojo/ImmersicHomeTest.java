package io.immersic.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImmersicHomeTest {

    @Test
    void livesInsideTheLocalRepository() {
        Path repository = Path.of("/work/clone/m2").toAbsolutePath();
        assertEquals(repository.resolve(".immersic"), ImmersicHome.of(repository));
        assertEquals(repository.resolve(".immersic"), ImmersicHome.of(Path.of("/work/clone/../clone/m2")));
    }

    @Test
    void saysWhereOnceABuild() {
        Path home = ImmersicHome.of(Path.of("/home/u/.m2/repository"));
        String line = "Immersic's model cache and native libraries: " + home;
        assertEquals(Optional.of(line), ImmersicHome.line("build-1", home, home, null));
        assertEquals(Optional.empty(), ImmersicHome.line("build-1", home, home, null)); // the next goal
        assertEquals(Optional.of(line), ImmersicHome.line("build-2", home, home, null));
        // Once nd4j is loaded the plugin has set the property to its own folder: a later goal says nothing new.
        assertEquals(Optional.empty(), ImmersicHome.line("build-2", home, home, home.resolve("native").toString()));
    }

    @Test
    void namesWhatTheUserChose() {
        Path home = ImmersicHome.of(Path.of("/home/u/.m2/repository"));
        Path cache = Path.of("/tmp/cache").toAbsolutePath();
        assertEquals(Optional.of("Immersic's model cache: " + cache + " (cacheDirectory); native libraries: "
                + home.resolve("native")), ImmersicHome.line("build-3", home, cache, null));
        assertEquals(Optional.of("Immersic's model cache: " + home + "; native libraries: /opt/natives (set by"
                + " -Dorg.bytedeco.javacpp.cachedir)"), ImmersicHome.line("build-3", home, home, "/opt/natives"));
    }
}
