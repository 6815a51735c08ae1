package dev.tiqu.names;

import dev.tiqu.core.mention.MentionType;

/** A raw backend candidate: PERSON or ORGANIZATION over {@code [start, end)} of the recognized text. */
public record NamedSpan(MentionType type, int start, int end) {

    public NamedSpan {
        if (type != MentionType.PERSON && type != MentionType.ORGANIZATION) {
            throw new IllegalArgumentException("a name is a PERSON or an ORGANIZATION, not " + type);
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
        }
    }
}
