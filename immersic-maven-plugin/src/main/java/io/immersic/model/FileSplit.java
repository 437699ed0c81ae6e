package io.immersic.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Which whole files are held out for validation: a seeded shuffle, the first {@code round(fraction × files)} (at
 * least one when there are two files or more and the fraction is not 0, never all). Training and evaluation both use
 * it, so they agree on the split.
 *
 * @param training indexes of the training files, in file order
 * @param validation indexes of the held-out files, in file order
 */
public record FileSplit(List<Integer> training, List<Integer> validation) {

    public static FileSplit of(int files, double validationFraction, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int held = files < 2 ? 0 : (int) Math.min(files - 1,
                Math.max(validationFraction > 0 ? 1 : 0, Math.round(validationFraction * files)));
        List<Integer> validation = new ArrayList<>(order.subList(0, held));
        List<Integer> training = new ArrayList<>(order.subList(held, files));
        Collections.sort(validation);
        Collections.sort(training);
        return new FileSplit(List.copyOf(training), List.copyOf(validation));
    }
}
