package dev.tiqu.core.mention;

/** The kinds of mention tiqu finds. */
public enum MentionType {
    DATE, MONEY, PERCENT, QUANTITY, PERSON, ORGANIZATION
}
