package dev.tiqu.extractors.quantity;

import dev.tiqu.core.Lexicon;
import dev.tiqu.extractors.number.AmountScanner;
import dev.tiqu.extractors.number.LongestMatch;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The units of QUANTITY, from {@code quantity/units.tsv}, {@code quantity/canonical.tsv},
 * {@code quantity/durations.tsv} and {@code quantity/set_phrases.tsv}, with the rules that keep counts apart from calendar years,
 * set phrases (八项规定), quoted names (“三个精神”) and a bare 一 (一个, 一名, 最后一公里).
 *
 * <p>Example: {@code 500千瓦} is a {@link Unit} 千瓦, kind POWER, canonical factor 0.001 MW;
 * {@code 两个月} a unit 个月, kind TIME, canonical factor 1 month (a duration).
 * Immutable and thread-safe.
 */
public final class QuantityUnits implements AmountScanner.Units<QuantityUnits.Unit> {

    private static final String BASE = "/dev/tiqu/extractors/quantity/";
    private static final QuantityUnits STANDARD = new QuantityUnits();
    private static final Pattern MONTH_AFTER = Pattern.compile("^(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月");
    private static final String OPENING_QUOTES = "“‘「『《\"";

    /** What a unit measures; power and energy have canonical units (MW, kWh). */
    public enum Kind { COUNT, TIME, YEAR, MEASURE, POWER, ENERGY }

    /**
     * One unit surface.
     *
     * @param unit            the unit a mention carries (个小时 → 小时)
     * @param canonicalFactor MW or kWh per unit for power and energy, 1 for a unit of time, else {@code null}
     * @param canonicalUnit   {@code MW}, {@code kWh}, a duration unit ({@code year}, {@code month},
     *                        {@code week}, {@code day}, {@code hour}, {@code minute}, {@code second}) or empty
     */
    public record Unit(String surface, String unit, Kind kind, List<String> notBefore, boolean arabicOnly,
                       String sentenceWord, BigDecimal canonicalFactor, String canonicalUnit) {
    }

    private final LongestMatch<Unit> units;
    private final List<String> setPhrases;

    private QuantityUnits() {
        Map<String, String> canonical = Lexicon.pairs(BASE + "canonical.tsv");
        Map<String, String> durations = Lexicon.pairs(BASE + "durations.tsv");
        Map<String, Unit> map = new HashMap<>();
        for (String line : Lexicon.lines(BASE + "units.tsv")) {
            String[] f = line.split("\t", -1);
            if (f.length < 3) {
                throw new IllegalStateException("expected surface, unit, kind in units.tsv: " + line);
            }
            Kind kind = Kind.valueOf(f[2].strip().toUpperCase(Locale.ROOT));
            List<String> notBefore = f.length > 3 && !f[3].isBlank()
                    ? List.copyOf(Arrays.asList(f[3].strip().split(","))) : List.of();
            String requires = f.length > 4 ? f[4].strip() : "";
            boolean arabic = requires.equals("arabic");
            String word = requires.startsWith("sentence:") ? requires.substring("sentence:".length()) : "";
            String unit = f[1].strip();
            BigDecimal factor = null;
            String canonicalUnit = "";
            if (kind == Kind.POWER || kind == Kind.ENERGY) {
                String c = canonical.get(unit);
                if (c == null) {
                    throw new IllegalStateException("no canonical factor for " + unit + " in canonical.tsv");
                }
                factor = new BigDecimal(c);
                canonicalUnit = kind == Kind.POWER ? "MW" : "kWh";
            } else if (durations.containsKey(unit)) {
                factor = BigDecimal.ONE;
                canonicalUnit = durations.get(unit);
            }
            map.put(f[0].strip(), new Unit(f[0].strip(), unit, kind, notBefore, arabic, word, factor, canonicalUnit));
        }
        this.units = new LongestMatch<>(map);
        this.setPhrases = List.copyOf(Lexicon.lines(BASE + "set_phrases.tsv"));
    }

    /** The lexicons shipped with tiqu, loaded once. */
    public static QuantityUnits standard() {
        return STANDARD;
    }

    /** Whether a quantity unit (as the lexicon has it) starts at {@code pos}. */
    public boolean startsAt(String text, int pos) {
        return units.startingAt(text, pos).isPresent();
    }

    @Override
    public Optional<AmountScanner.UnitHit<Unit>> after(String text, int pos) {
        return units.startingAt(text, pos).map(h -> new AmountScanner.UnitHit<>(h.value(), h.start(), h.end()));
    }

    @Override
    public boolean accepts(String text, AmountScanner.Token number, AmountScanner.UnitHit<Unit> hit) {
        Unit u = hit.unit();
        int end = hit.end();
        for (String nb : u.notBefore()) {
            if (text.startsWith(nb, end)) {
                return false;
            }
        }
        char last = u.surface().charAt(u.surface().length() - 1);
        if (end < text.length() && isAsciiLetter(last) && isAsciiLetter(text.charAt(end))) {
            return false;
        }
        String digits = number.text();
        boolean arabic = Character.isDigit(digits.charAt(0));
        if (u.arabicOnly() && !arabic) {
            return false;
        }
        if (!u.sentenceWord().isEmpty() && !text.contains(u.sentenceWord())) {
            return false;
        }
        if (digits.equals("一") || digits.equals("壹")) {
            return false; // 一个, 一名, 一次性, 最后一公里, 一降一升: an article or a phrase, not a count
        }
        if (digits.equals("二") && u.kind() != Kind.MEASURE && u.kind() != Kind.POWER && u.kind() != Kind.ENERGY) {
            return false; // 二次会议, 二次创业: counts say 两 (两次, 两个)
        }
        if (u.kind() == Kind.YEAR && (calendarYear(digits) || MONTH_AFTER.matcher(text.substring(end)).find())) {
            return false;
        }
        if (!arabic && number.start() > 0 && OPENING_QUOTES.indexOf(text.charAt(number.start() - 1)) >= 0) {
            return false; // “三个精神”, “六个一”: a name
        }
        return !inSetPhrase(text, number.start(), end);
    }

    /** 2024, 1998: four Arabic digits without decimals or multipliers. */
    private static boolean calendarYear(String digits) {
        return digits.length() == 4 && digits.chars().allMatch(c -> c >= '0' && c <= '9')
                && digits.charAt(0) >= '1' && digits.charAt(0) <= '2';
    }

    private boolean inSetPhrase(String text, int start, int end) {
        for (String p : setPhrases) {
            int from = Math.max(0, start - p.length() + 1);
            int i = text.indexOf(p, from);
            while (i >= 0 && i < end) {
                if (i + p.length() > start) {
                    return true;
                }
                i = text.indexOf(p, i + 1);
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
