package dev.tiqu.names;

import java.util.Objects;

/**
 * One word of a backend's dictionary segmentation, with a coarse part of speech: what the rule
 * layers need to know about the words around a name. Example: {@code 来自 → VERB}.
 */
public record Word(String text, PartOfSpeech partOfSpeech) {

    public Word {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(partOfSpeech, "partOfSpeech");
    }

    /**
     * The parts of speech the rule layers distinguish; a backend maps its own tag set onto them
     * (HanLP's PKU-style tags, CoreNLP's Penn Chinese Treebank tags). {@link #VERB} is a plain
     * verb only: verbal nouns and other verb-like tags are {@link #OTHER}.
     */
    public enum PartOfSpeech {
        VERB, ADVERB, PREPOSITION, CONJUNCTION, PRONOUN, NUMERAL, PARTICLE, CLASSIFIER, PERSON_NAME, OTHER
    }
}
