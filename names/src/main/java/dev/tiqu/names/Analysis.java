package dev.tiqu.names;

import java.util.List;

/**
 * What one backend pass over a text yields: the raw name candidates and the words of the same
 * segmentation, so that the rule layers need not segment the text a second time. The words'
 * texts concatenate to the analysed text; the candidates' offsets point into it. A backend whose
 * recognition yields no segmentation gives no words, and the rules then ask
 * {@link NameRecognizer#words()} when they need some.
 * Example: {@code 市委书记曹慧泉主持 → names [PERSON [4, 7)], words 市委书记 曹慧泉 主持}.
 */
public record Analysis(List<NamedSpan> names, List<Word> words) {

    public Analysis {
        names = List.copyOf(names);
        words = List.copyOf(words);
    }
}
