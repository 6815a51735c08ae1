package dev.tiqu.extractors.date;

import dev.tiqu.core.text.Article;
import dev.tiqu.core.text.Page;
import dev.tiqu.core.text.PublicationDate;
import dev.tiqu.core.text.Sentence;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date of a page that does not carry one.
 *
 * <ol>
 * <li>A date already known (given, from the file name) is returned as is.</li>
 * <li>MASTHEAD: a full date printed with a weekday or a lunar date, as mastheads print it
 *     ({@code 2024年11月24日 星期日}, {@code 2024年12月31日 星期三 甲辰年十二月初一},
 *     {@code 二〇二五年六月四日 周三}), within the first {@value #MASTHEAD_WINDOW} characters of the
 *     page or at the start of a line; else a full date standing alone on one of the first
 *     {@value #HEAD_LINES} lines ({@code 2024年11月24日} or {@code 2024年11月24日 第23873期}, but
 *     not a sentence such as {@code 2024年11月22日，全市…}), or the day a speech or report was
 *     delivered ({@code ——2025年1月12日在…第三次会议上}, {@code （2024年12月28日）}). The weekday
 *     is not checked against the date (pages misprint it).</li>
 * <li>INFERRED: news reports what happened the day before, so the page is dated the day after the
 *     latest full date ({@code 11月22日}, {@code 11月23日上午}, the end of {@code 11月19日至21日})
 *     found in the lead of an article (its first {@value #LEAD_SENTENCES} body sentences). The year
 *     is the one that date prints ({@code 2024年11月22日}); else the year written in the same lead
 *     sentences ({@code 11月20日，2024年“校友回湘”大会…} → 2024), the most frequent one, provided
 *     no other year is as frequent. Leads around the turn of the year (the inferred day in
 *     December or January) name the past year in reviews and the next one in plans, so there a
 *     year written beside the date is not trusted.</li>
 * <li>UNKNOWN otherwise: a page whose leads give days but no year (most pages: {@code 6月3日})
 *     stays unknown rather than guessed, and its relative and year-less dates go unresolved.</li>
 * </ol>
 *
 * <p>Example: a page whose leads read {@code 11月22日，…2024年…}, {@code 11月23日上午，…} →
 * 2024-11-24 INFERRED. Immutable and thread-safe.
 */
public final class PublicationDateInference implements Function<Page, PublicationDate> {

    /** How far into the page a masthead is looked for (it may also start any line). */
    public static final int MASTHEAD_WINDOW = 3000;
    /** How many non-blank lines at the top of a page are searched for a date standing alone. */
    public static final int HEAD_LINES = 15;
    /** How many body sentences of each article count as its lead. */
    public static final int LEAD_SENTENCES = 2;
    /** How close (in days) a full date elsewhere on the page must be to the latest lead day to give its year. */
    public static final int NEAR_DAYS = 15;

    /** A headline announcing the day's own events: the page is dated that day. */
    private static final Pattern TODAY = Pattern.compile("今天|今日");
    /** A lead previewing its date's events (1月5日下午，…将…): the page is dated that day. */
    private static final Pattern FUTURE = Pattern.compile("^[^。；]{0,38}(?:将|即将|拟)");
    private static final Pattern HISTORY = Pattern.compile("周年|纪念|诞辰|始建|建于|创建于|成立于|成立以来|出生|逝世|牺牲");

    private static final String CN = "〇零一二三四五六七八九十";
    private static final Pattern MASTHEAD = Pattern.compile(
            "([\\d〇零一二三四五六七八九]{4})\\s*年\\s*([\\d" + CN + "]{1,3})\\s*月\\s*([\\d" + CN + "]{1,3})\\s*日"
                    + "[\\s\\u3000]*(?:[（(]\\s*)?(?:星期|礼拜|周)[一二三四五六日天]"
                    + "|([\\d〇零一二三四五六七八九]{4})\\s*年\\s*([\\d" + CN + "]{1,3})\\s*月\\s*([\\d" + CN + "]{1,3})\\s*日"
                    + "[\\s\\u3000]*(?:农历|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)");

    /** A line of the page's head that is only a date (and weekday, issue number…): {@code 2024年11月24日}. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^\\s*([\\d〇零一二三四五六七八九]{4})\\s*年\\s*([\\d" + CN + "]{1,3})\\s*月\\s*([\\d" + CN
                    + "]{1,3})\\s*日[^，,。；;：:]{0,40}$");

    /**
     * A head line giving the day a speech or report was delivered, under or beside its title:
     * {@code ——2026年1月15日在…第五次会议上}, {@code （2024年12月28日）}; the line ends there or with
     * a short name and title, not a comma (a news lead: {@code 2025年3月5日在…会议上，…}).
     */
    private static final Pattern DELIVERED = Pattern.compile(
            "(?:^|[—\\-－\\s（(])([\\d〇零一二三四五六七八九]{4})\\s*年\\s*([\\d" + CN + "]{1,3})\\s*月\\s*([\\d" + CN
                    + "]{1,3})\\s*日(?:\\s*在[^，,。；;：:]{2,40}?上(?:的(?:讲话|报告|工作报告|致辞))?|\\s*[）)])"
                    + "[^，,。；;：:（(]{0,16}$");

    private final DateGrammar grammar = new DateGrammar();

    @Override
    public PublicationDate apply(Page page) {
        if (page.document().publicationDate().isKnown()) {
            return page.document().publicationDate();
        }
        if (page.publicationDate().isKnown()) {
            return page.publicationDate();
        }
        Optional<LocalDate> masthead = masthead(page.document().text());
        if (masthead.isPresent()) {
            return new PublicationDate(masthead.get(), PublicationDate.Source.MASTHEAD);
        }
        return inferred(page)
                .map(d -> new PublicationDate(d, PublicationDate.Source.INFERRED))
                .orElse(PublicationDate.unknown());
    }

    /** The masthead date printed on a page, if any: see the class comment. */
    public static Optional<LocalDate> masthead(String text) {
        String folded = foldDigits(text);
        Matcher m = MASTHEAD.matcher(folded);
        while (m.find()) {
            boolean early = m.start() < MASTHEAD_WINDOW;
            boolean lineStart = m.start() == 0 || lineStartBefore(folded, m.start());
            if (!early && !lineStart) {
                continue;
            }
            int g = m.group(1) != null ? 1 : 4;
            Optional<LocalDate> d = date(m.group(g), m.group(g + 1), m.group(g + 2));
            if (d.isPresent()) {
                return d;
            }
        }
        int seen = 0;
        for (String line : folded.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (++seen > HEAD_LINES) {
                break;
            }
            Matcher alone = DATE_LINE.matcher(line);
            if (alone.find() || (alone = DELIVERED.matcher(line)).find()) {
                Optional<LocalDate> d = date(alone.group(1), alone.group(2), alone.group(3));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** A lead date: month and day as written, and the year if written. */
    private record LeadDate(Integer year, int month, int day, int sentenceKey, boolean sameDay) {
    }

    /** The date inferred from the leads of the page's articles, if any: see the class comment. */
    Optional<LocalDate> inferred(Page page) {
        List<LeadDate> leads = new ArrayList<>();
        Map<Integer, List<Integer>> yearsBySentence = new LinkedHashMap<>();
        int key = 0;
        for (Article article : page.articles()) {
            int taken = 0;
            for (Sentence s : article.sentences()) {
                if (s.role() != Sentence.Role.BODY || taken >= LEAD_SENTENCES) {
                    continue;
                }
                taken++;
                key++;
                List<Integer> years = new ArrayList<>();
                for (DateExpression e : grammar.find(s.text())) {
                    LeadDate lead = leadDate(e, key);
                    if (lead != null) {
                        boolean preview = TODAY.matcher(article.title()).find() || FUTURE.matcher(
                                s.text().substring(e.end(), Math.min(s.text().length(), e.end() + 40))).find();
                        leads.add(preview ? new LeadDate(lead.year(), lead.month(), lead.day(), key, true) : lead);
                    } else if (e.from().year() != null) {
                        years.add(e.from().year());
                    }
                }
                yearsBySentence.put(key, years);
            }
        }
        if (leads.isEmpty()) {
            return Optional.empty();
        }
        boolean straddles = leads.stream().anyMatch(l -> l.month() >= 11) && leads.stream().anyMatch(l -> l.month() <= 2);
        LeadDate latest = null;
        for (LeadDate l : leads) {
            if (latest == null || order(l, straddles) > order(latest, straddles)) {
                latest = l;
            }
        }
        int after = latest.sameDay ? 0 : 1;
        if (latest.year() != null) {
            return date(latest.year(), latest.month(), latest.day()).map(d -> d.plusDays(after));
        }
        if (straddles || latest.month() == 12 || latest.month() == 1) {
            return nearFullDate(page, latest);
        }
        Integer best = mostFrequentYear(leads, yearsBySentence);
        if (best == null) {
            return nearFullDate(page, latest);
        }
        return date(best, latest.month(), latest.day()).map(d -> d.plusDays(after));
    }

    /** The year written most often in the lead dates and their sentences, or null if none or a tie. */
    private static Integer mostFrequentYear(List<LeadDate> leads, Map<Integer, List<Integer>> yearsBySentence) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (LeadDate l : leads) {
            if (l.year() != null) {
                counts.merge(l.year(), 1, Integer::sum);
            }
            for (int y : yearsBySentence.getOrDefault(l.sentenceKey, List.of())) {
                counts.merge(y, 1, Integer::sum);
            }
        }
        Integer best = null;
        boolean tie = false;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
                tie = false;
            } else if (e.getValue().equals(counts.get(best))) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * The year of the latest lead day from a full date printed anywhere on the page within
     * {@value #NEAR_DAYS} days of it, across the turn of the year ({@code 2023年12月29日} on a page
     * whose leads say {@code 1月4日} → 2024-01-04): a page reports its own days. Anniversaries and
     * histories (周年, 始建于…) and dates before 1990 are not evidence.
     */
    private Optional<LocalDate> nearFullDate(Page page, LeadDate latest) {
        LocalDate bestDay = null;
        long bestDistance = NEAR_DAYS + 1;
        for (Article article : page.articles()) {
            for (Sentence s : article.sentences()) {
                if (s.role() != Sentence.Role.BODY || !mayHoldFullDate(s.text()) || HISTORY.matcher(s.text()).find()) {
                    continue;
                }
                for (DateExpression e : grammar.find(s.text())) {
                    DatePoint p = e.from();
                    if (p.isRelative() || p.year() == null || p.month() == null || p.day() == null || p.year() < 1990) {
                        continue;
                    }
                    Optional<LocalDate> full = date(p.year(), p.month(), p.day());
                    for (int year = p.year() - 1; full.isPresent() && year <= p.year() + 1; year++) {
                        Optional<LocalDate> lead = date(year, latest.month(), latest.day());
                        if (lead.isPresent()) {
                            long distance = Math.abs(lead.get().toEpochDay() - full.get().toEpochDay());
                            if (distance < bestDistance) {
                                bestDistance = distance;
                                bestDay = lead.get();
                            }
                        }
                    }
                }
            }
        }
        return Optional.ofNullable(bestDay).map(d -> d.plusDays(latest.sameDay ? 0 : 1));
    }

    /**
     * Whether {@code text} may hold a date with its year: a year is written with 年
     * ({@code 2023年12月29日}, {@code 23年}) or as the Arabic digits of a dotted date
     * ({@code 2023.12.29}, {@code 2023-12-29}, {@code 2023/12/29}); other sentences are not parsed.
     */
    private static boolean mayHoldFullDate(String text) {
        if (text.indexOf('年') >= 0) {
            return true;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '-' || c == '/') && text.charAt(i - 1) >= '0' && text.charAt(i - 1) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** A full absolute day written in a lead (the end of an interval), or null. */
    private static LeadDate leadDate(DateExpression e, int key) {
        DatePoint from = e.from();
        if (from.isRelative() || from.timeOnly() || from.plan() != null || from.month() == null || from.day() == null) {
            return null;
        }
        DatePoint to = e.to();
        if (to != null && to.day() != null && !to.isRelative() && !to.timeOnly()) {
            int month = to.month() != null ? to.month() : from.month();
            Integer year = to.year() != null ? to.year() : from.year();
            return new LeadDate(year, month, to.day(), key, false);
        }
        return new LeadDate(from.year(), from.month(), from.day(), key, false);
    }

    private static int order(LeadDate l, boolean straddles) {
        int month = straddles && l.month() <= 2 ? l.month() + 12 : l.month();
        return month * 32 + l.day();
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        Integer y = DateText.number(year);
        Integer m = DateText.number(month);
        Integer d = DateText.number(day);
        if (y == null || m == null || d == null || y < 1900 || y > 2199) {
            return Optional.empty();
        }
        return date(y, m, d);
    }

    private static boolean lineStartBefore(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Full-width digits to ASCII, keeping the length. */
    private static String foldDigits(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return b.toString();
    }
}
