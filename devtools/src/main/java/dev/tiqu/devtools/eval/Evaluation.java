package dev.tiqu.devtools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tiqu.core.dataset.Record;
import dev.tiqu.core.mention.Amount;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.mention.Qualifier;
import dev.tiqu.core.pipeline.DocumentResult;
import dev.tiqu.core.text.Article;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Scores one page's pipeline output against its hand-checked gold annotation (the JSON format
 * of the project's {@code gold/README.md}), with the held-out measurement's conventions:
 * numeric mentions match on exact value and overlapping surface text, dates on exact ISO value
 * and overlapping text, persons and organizations as distinct names per page (an alias counts
 * for its organization), dataset rows on amount/capacity, per and item/project.
 */
public final class Evaluation {

    private final Map<String, Score> scores = new LinkedHashMap<>();
    private final List<String> misses = new ArrayList<>();

    public Map<String, Score> scores() {
        return scores;
    }

    /** Human-readable lines for gold items not found and predictions not in the gold. */
    public List<String> misses() {
        return misses;
    }

    public static Evaluation of(DocumentResult result, JsonNode gold) {
        Evaluation e = new Evaluation();
        e.numeric("MONEY", result, gold.path("money"), MentionType.MONEY, "amount_yuan", true);
        e.numeric("PERCENT", result, gold.path("percent"), MentionType.PERCENT, "value", false);
        e.numeric("QUANTITY", result, gold.path("quantities"), MentionType.QUANTITY, "value", false);
        e.dates(result, gold.path("dates"));
        e.persons(result, gold.path("persons"));
        e.organizations(result, gold.path("organizations"));
        e.titles(result, gold.path("articles"));
        e.rows("subsidy", result, gold.path("subsidy_records"), "item", "amount_yuan", "amount_yuan");
        e.rows("pv_capacity", result, gold.path("pv_records"), "project", "capacity_mw", "capacity_mw");
        return e;
    }

    private static String squash(String s) {
        return s == null ? "" : s.replaceAll("\\s", "");
    }

    private static boolean overlaps(String a, String b) {
        a = squash(a);
        b = squash(b);
        return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    private static boolean sameNumber(JsonNode gold, BigDecimal value) {
        return gold != null && gold.isNumber() && value != null && gold.decimalValue().compareTo(value) == 0;
    }

    /** Gold per labels (month, person_month…) as tiqu writes them (月, 月/人…). */
    static String per(String goldPer) {
        if (goldPer == null || goldPer.isEmpty() || goldPer.equals("null")) {
            return "";
        }
        return switch (goldPer) {
            case "month" -> "月";
            case "year" -> "年";
            case "day" -> "日";
            case "person_month" -> "月/人";
            case "person_year" -> "年/人";
            default -> goldPer;
        };
    }

    /** Rate denominators compare as a set: 月/人 and 人/月 are both per person per month. */
    static boolean samePer(String a, String b) {
        return java.util.Arrays.stream(a.split("/")).sorted().toList()
                .equals(java.util.Arrays.stream(b.split("/")).sorted().toList());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    private void numeric(String category, DocumentResult r, JsonNode gold, MentionType type, String valueField,
                         boolean money) {
        List<Mention> predicted = r.mentions().stream().filter(m -> m.type() == type).toList();
        boolean[] used = new boolean[predicted.size()];
        int matched = 0;
        int exact = 0;
        for (JsonNode g : gold) {
            String gt = text(g, "text");
            int hit = -1;
            for (int i = 0; i < predicted.size() && hit < 0; i++) {
                Mention m = predicted.get(i);
                if (!used[i] && overlaps(gt, m.text()) && sameNumber(g.path(valueField), m.amount().value())) {
                    hit = i;
                }
            }
            if (hit < 0) {
                misses.add(category + " missed: " + gt + " = " + g.path(valueField).asText());
                continue;
            }
            used[hit] = true;
            matched++;
            Amount a = predicted.get(hit).amount();
            boolean q = !g.has("qualifier") || Qualifier.fromLabel(text(g, "qualifier")) == a.qualifier();
            boolean p = !money || samePer(per(text(g, "per")), a.per());
            JsonNode max = g.has("amount_max_yuan") ? g.path("amount_max_yuan") : g.path("value_max");
            boolean mx = max.isNull() || max.isMissingNode() ? a.max() == null || a.qualifier() != Qualifier.RANGE
                    : sameNumber(max, a.max());
            if (q && p && mx) {
                exact++;
            } else {
                misses.add(category + " detail: " + gt + " gold qualifier=" + text(g, "qualifier") + " per="
                        + text(g, "per") + " got qualifier=" + a.qualifier().label() + " per=" + a.per());
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!used[i]) {
                misses.add(category + " extra: " + predicted.get(i).text() + " = " + Amount.plain(predicted.get(i).amount().value()));
            }
        }
        scores.put(category, new Score(category, gold.size(), predicted.size(), matched, exact));
    }

    private void dates(DocumentResult r, JsonNode gold) {
        List<Mention> predicted = r.mentions().stream().filter(m -> m.type() == MentionType.DATE).toList();
        boolean[] used = new boolean[predicted.size()];
        int matched = 0;
        for (JsonNode g : gold) {
            String gt = text(g, "text");
            String iso = text(g, "normalized");
            int hit = -1;
            for (int i = 0; i < predicted.size() && hit < 0; i++) {
                if (!used[i] && overlaps(gt, predicted.get(i).text()) && predicted.get(i).date().iso().equals(iso)) {
                    hit = i;
                }
            }
            if (hit < 0) {
                misses.add("DATE missed: " + gt + " = " + iso);
            } else {
                used[hit] = true;
                matched++;
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!used[i]) {
                misses.add("DATE extra: " + predicted.get(i).text() + " = " + predicted.get(i).date().iso());
            }
        }
        scores.put("DATE", new Score("DATE", gold.size(), predicted.size(), matched, matched));
    }

    /**
     * Scores distinct person names against a gold page's {@code persons}: {@code predicted} maps
     * each name to the role printed with it (empty if none). For backends scored raw.
     */
    public static Evaluation ofPersons(Map<String, String> predicted, JsonNode goldPersons) {
        Evaluation e = new Evaluation();
        e.persons(predicted, goldPersons);
        return e;
    }

    /**
     * Scores distinct organization names against a gold page's {@code organizations} (an alias
     * counts for its organization). For backends scored raw.
     */
    public static Evaluation ofOrganizations(Collection<String> predicted, JsonNode goldOrganizations) {
        Evaluation e = new Evaluation();
        e.organizations(new LinkedHashSet<>(predicted), goldOrganizations);
        return e;
    }

    private void persons(DocumentResult r, JsonNode gold) {
        Map<String, String> predicted = new LinkedHashMap<>();
        for (Mention m : r.mentions()) {
            if (m.type() == MentionType.PERSON) {
                predicted.merge(m.name().canonical(), m.name().role(), (a, b) -> a.isEmpty() ? b : a);
            }
        }
        persons(predicted, gold);
    }

    private void persons(Map<String, String> names, JsonNode gold) {
        Map<String, String> goldRoles = new LinkedHashMap<>();
        for (JsonNode g : gold) {
            goldRoles.put(squash(text(g, "name")), squash(text(g, "role")));
        }
        Map<String, String> predicted = new LinkedHashMap<>();
        names.forEach((name, role) -> predicted.merge(squash(name), squash(role), (a, b) -> a.isEmpty() ? b : a));
        int matched = 0;
        int exact = 0;
        for (Map.Entry<String, String> p : predicted.entrySet()) {
            if (goldRoles.containsKey(p.getKey())) {
                matched++;
                String gr = goldRoles.get(p.getKey());
                if (gr.equals(p.getValue()) || (!gr.isEmpty() && !p.getValue().isEmpty()
                        && (gr.endsWith(p.getValue()) || p.getValue().endsWith(gr)))) {
                    exact++;
                }
            } else {
                misses.add("PERSON extra: " + p.getKey());
            }
        }
        goldRoles.keySet().stream().filter(n -> !predicted.containsKey(n)).forEach(n -> misses.add("PERSON missed: " + n));
        scores.put("PERSON", new Score("PERSON", goldRoles.size(), predicted.size(), matched, exact));
    }

    private void organizations(DocumentResult r, JsonNode gold) {
        Set<String> names = new LinkedHashSet<>();
        for (Mention m : r.mentions()) {
            if (m.type() == MentionType.ORGANIZATION) {
                names.add(m.name().canonical());
            }
        }
        organizations(names, gold);
    }

    private void organizations(Set<String> names, JsonNode gold) {
        List<Set<String>> goldOrgs = new ArrayList<>();
        for (JsonNode g : gold) {
            Set<String> aliases = new HashSet<>();
            aliases.add(squash(text(g, "name")));
            g.path("aliases").forEach(a -> aliases.add(squash(a.asText())));
            goldOrgs.add(aliases);
        }
        Set<String> predicted = new LinkedHashSet<>();
        names.forEach(n -> predicted.add(squash(n)));
        Set<Integer> found = new HashSet<>();
        int matched = 0;
        for (String p : predicted) {
            int hit = -1;
            for (int i = 0; i < goldOrgs.size() && hit < 0; i++) {
                if (goldOrgs.get(i).contains(p)) {
                    hit = i;
                }
            }
            if (hit >= 0 && found.add(hit)) {
                matched++;
            } else if (hit < 0) {
                misses.add("ORGANIZATION extra: " + p);
            }
        }
        int predictedDistinct = predicted.size() - (int) predicted.stream().filter(p -> {
            for (Set<String> g : goldOrgs) {
                if (g.contains(p)) {
                    return true;
                }
            }
            return false;
        }).count() + found.size();
        for (int i = 0; i < goldOrgs.size(); i++) {
            if (!found.contains(i)) {
                misses.add("ORGANIZATION missed: " + gold.get(i).path("name").asText());
            }
        }
        scores.put("ORGANIZATION", new Score("ORGANIZATION", goldOrgs.size(), predictedDistinct, matched, matched));
    }

    private void titles(DocumentResult r, JsonNode gold) {
        List<Article> articles = r.page().articles();
        Set<Integer> used = new HashSet<>();
        for (JsonNode g : gold) {
            String title = squash(text(g, "title"));
            Article hit = articles.stream()
                    .filter(a -> !used.contains(a.index()) && squash(a.title()).equals(title)).findFirst().orElse(null);
            if (hit == null) {
                misses.add("ARTICLE missed: " + title);
            } else {
                used.add(hit.index());
            }
        }
        scores.put("ARTICLE", new Score("ARTICLE", gold.size(), articles.size(), used.size(), used.size()));
    }

    private void rows(String dataset, DocumentResult r, JsonNode gold, String keyField, String goldValue,
                      String column) {
        List<Record> predicted = r.records().get(dataset);
        if (predicted == null) {
            return;
        }
        boolean[] used = new boolean[predicted.size()];
        int matched = 0;
        for (JsonNode g : gold) {
            String key = text(g, keyField);
            String goldPer = per(text(g, "per"));
            int hit = -1;
            for (int i = 0; i < predicted.size() && hit < 0; i++) {
                Record rec = predicted.get(i);
                String v = rec.get(column);
                boolean value = !v.isEmpty() && sameNumber(g.path(goldValue), new BigDecimal(v));
                boolean perOk = !g.has("per") || samePer(goldPer, rec.get("per"));
                boolean keyOk = key.equals("合计") ? !rec.get("project_count").isEmpty() || rec.get(keyField).contains("合计")
                        : similar(key, rec.get(keyField));
                if (!used[i] && value && perOk && keyOk) {
                    hit = i;
                }
            }
            if (hit < 0) {
                misses.add(dataset + " row missed: " + key + " " + g.path(goldValue).asText() + " " + goldPer);
            } else {
                used[hit] = true;
                matched++;
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!used[i]) {
                misses.add(dataset + " row extra: " + predicted.get(i).get(keyField) + " " + predicted.get(i).get(column));
            }
        }
        scores.put("rows:" + dataset, new Score("rows:" + dataset, gold.size(), predicted.size(), matched, matched));
    }

    /** Item or project names match when one contains the other or they share most Han bigrams. */
    public static boolean similar(String gold, String predicted) {
        String a = squash(gold).replaceAll("[（(].*?[)）]", "");
        String b = squash(predicted);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.contains(b) || b.contains(a)) {
            return true;
        }
        Predicate<String> inB = bg -> b.contains(bg);
        int total = 0;
        int hit = 0;
        for (int i = 0; i + 1 < a.length(); i++) {
            total++;
            if (inB.test(a.substring(i, i + 2))) {
                hit++;
            }
        }
        return total > 0 && hit / (double) total >= 0.6;
    }
}
