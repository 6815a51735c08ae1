package dev.tiqu.datasets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Merges the rows of a page that state one fact twice: a headline figure into the body row it
 * repeats ({@link Definition.Headline}), then rows with equal {@code dedupe} values into the
 * first of them. A merged row only fills the empty cells of the row it joins. Example: the
 * headline {@code 宿州市光伏装机突破80万千瓦} over the body's {@code 累计并网装机容量达到81.6万千瓦}
 * leaves the body's row {@code 合计, 816}. Stateless.
 */
final class RowMerger {

    /** A row with where its anchor lies: its article and whether its sentence is a headline. */
    record Built(Map<String, String> values, int article, boolean headline) {
    }

    private RowMerger() {
    }

    /** The rows left after merging, in the order of the rows that stay. */
    static List<Map<String, String>> merge(List<Built> rows, Definition definition) {
        Map<Integer, List<Built>> bodies = new HashMap<>();
        if (definition.headline() != null) {
            for (Built r : rows) {
                if (!r.headline()) {
                    bodies.computeIfAbsent(r.article(), a -> new ArrayList<>()).add(r);
                }
            }
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (Built r : rows) {
            Built body = r.headline() && definition.headline() != null
                    ? repeated(bodies.getOrDefault(r.article(), List.of()), r, definition.headline()) : null;
            if (body == null) {
                out.add(r.values());
            } else {
                fill(body.values(), r.values());
            }
        }
        return dedupe(out, definition);
    }

    /**
     * The row of {@code bodies} (the body rows of the headline's article) whose figure is nearest
     * the headline's, within the tolerance; or null.
     */
    private static Built repeated(List<Built> bodies, Built headline, Definition.Headline h) {
        BigDecimal figure = number(headline.values().get(h.value()));
        if (figure == null) {
            return null;
        }
        Built best = null;
        double bestGap = Double.MAX_VALUE;
        for (Built r : bodies) {
            BigDecimal other = number(r.values().get(h.value()));
            if (other == null) {
                continue;
            }
            double gap = figure.subtract(other).abs().doubleValue();
            double limit = h.tolerance() * Math.max(figure.abs().doubleValue(), other.abs().doubleValue());
            if (gap <= limit && gap < bestGap) {
                best = r;
                bestGap = gap;
            }
        }
        return best;
    }

    private static BigDecimal number(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void fill(Map<String, String> into, Map<String, String> from) {
        for (Map.Entry<String, String> e : from.entrySet()) {
            if (into.get(e.getKey()).isEmpty()) {
                into.put(e.getKey(), e.getValue());
            }
        }
    }

    private static List<Map<String, String>> dedupe(List<Map<String, String>> rows, Definition definition) {
        if (definition.dedupe().isEmpty()) {
            return rows;
        }
        Map<List<String>, Map<String, String>> merged = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            List<String> key = definition.dedupe().stream().map(c -> {
                Pattern ignore = definition.dedupeIgnore().get(c);
                return ignore == null ? r.get(c) : ignore.matcher(r.get(c)).replaceAll("");
            }).toList();
            Map<String, String> first = merged.get(key);
            if (first == null) {
                merged.put(key, r);
            } else {
                fill(first, r);
            }
        }
        return new ArrayList<>(merged.values());
    }
}
