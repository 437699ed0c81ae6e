package io.immersic.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.immersic.tokens.Transposer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossFittedClassifierTest {

    @Test
    void aPieceAndItsTranspositionsShareAFoldAndEveryFoldHoldsPieces() {
        List<List<String>> files = new ArrayList<>();
        for (int piece = 0; piece < 8; piece++) {
            List<String> tokens = List.of("BAR", "POS_0", "VEL_4", "PITCH_" + (48 + piece), "DUR_12",
                    "POS_" + (12 * (piece % 4)), "VEL_4", "PITCH_" + (60 + 2 * piece), "DUR_6");
            files.add(tokens);
            files.add(Transposer.transpose(tokens, 5)); // the same piece a fourth up
        }
        int[] fold = CrossFittedClassifier.foldOfFile(files, 42);
        int[] piecesPerFold = new int[CrossFittedClassifier.FOLDS];
        for (int file = 0; file < files.size(); file += 2) {
            assertEquals(fold[file], fold[file + 1], "file " + file + " and its transposition");
            piecesPerFold[fold[file]]++;
        }
        assertEquals("[2, 2, 2, 2]", Arrays.toString(piecesPerFold));
    }
}
