package dev.tiqu.extractors;

import dev.tiqu.core.pipeline.Resolver;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.text.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Removes overlapping mentions among a group of types: of two overlapping mentions the longer
 * one wins; on equal length, the type listed first in the priority wins.
 *
 * <p>Design decision: numeric types (DATE, MONEY, PERCENT, QUANTITY) compete for the same
 * characters ({@code 2024年} is a date, not a quantity of years), names do not compete with
 * numbers, so the default instance covers the numeric group only.
 */
public final class OverlapResolver implements Resolver {

    private final List<MentionType> priority;
    private final Set<MentionType> group;

    public OverlapResolver(List<MentionType> priority) {
        this.priority = List.copyOf(priority);
        this.group = priority.isEmpty() ? EnumSet.noneOf(MentionType.class) : EnumSet.copyOf(priority);
    }

    /** MONEY, PERCENT, DATE, QUANTITY, in that priority. */
    public static OverlapResolver numeric() {
        return new OverlapResolver(List.of(MentionType.MONEY, MentionType.PERCENT, MentionType.DATE,
                MentionType.QUANTITY));
    }

    @Override
    public String name() {
        return "overlap";
    }

    @Override
    public List<Mention> resolve(Page page, List<Mention> mentions) {
        List<Mention> candidates = new ArrayList<>();
        List<Mention> result = new ArrayList<>();
        for (Mention m : mentions) {
            (group.contains(m.type()) ? candidates : result).add(m);
        }
        candidates.sort(Comparator.comparingInt((Mention m) -> -m.span().length())
                .thenComparingInt(m -> priority.indexOf(m.type()))
                .thenComparing(Mention.DOCUMENT_ORDER));
        // kept mentions never overlap each other, so a neighbour check by start offset suffices
        TreeMap<Integer, Mention> kept = new TreeMap<>();
        for (Mention m : candidates) {
            Map.Entry<Integer, Mention> before = kept.floorEntry(m.span().start());
            Map.Entry<Integer, Mention> after = kept.ceilingEntry(m.span().start());
            boolean clash = (before != null && before.getValue().span().overlaps(m.span()))
                    || (after != null && after.getValue().span().overlaps(m.span()));
            if (!clash) {
                kept.put(m.span().start(), m);
            }
        }
        result.addAll(kept.values());
        result.sort(Comparator.comparingInt(Mention::article).thenComparing(Mention.DOCUMENT_ORDER));
        return result;
    }
}
