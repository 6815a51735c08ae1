package dev.tiqu.spark;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * The rows of each input in turn, computed when the consumer gets to that input: a partition
 * of a million texts never holds more than one text's rows. Not thread-safe, like any iterator.
 *
 * <pre>{@code
 * new FlatIterator<>(List.of("a", "bc").iterator(), s -> List.of(s.split(""))) → a, b, c
 * }</pre>
 */
final class FlatIterator<I, O> implements Iterator<O> {

    private final Iterator<I> inputs;
    private final Function<I, List<O>> expand;
    private Iterator<O> current = Collections.emptyIterator();

    FlatIterator(Iterator<I> inputs, Function<I, List<O>> expand) {
        this.inputs = inputs;
        this.expand = expand;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && inputs.hasNext()) {
            current = expand.apply(inputs.next()).iterator();
        }
        return current.hasNext();
    }

    @Override
    public O next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }
}
