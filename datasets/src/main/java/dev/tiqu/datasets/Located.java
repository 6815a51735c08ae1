package dev.tiqu.datasets;

import dev.tiqu.core.mention.Mention;

/**
 * A mention placed in its sentence: {@code [start, end)} are offsets in the sentence's cleaned
 * text, {@code sentence} its index in the article. Example: {@code 800元} at 12–16 of sentence 0.
 */
record Located(Mention mention, int sentence, int start, int end) {
}
