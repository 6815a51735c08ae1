package dev.tiqu.extractors.date;

import dev.tiqu.core.mention.DateValue;
import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import dev.tiqu.core.pipeline.ArticleContext;
import dev.tiqu.core.pipeline.Extractor;
import dev.tiqu.core.text.Sentence;
import dev.tiqu.extractors.TraditionalFolding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds DATE mentions and normalizes them to ISO 8601 {@link DateValue}s, resolving relative and
 * year-less expressions against the page's publication date.
 *
 * <p>The span covers the expression as printed ({@code 11月23日上午}, {@code 11月19日至11月21日},
 * {@code 2022年至今}, {@code 今年3月}, {@code 当晚}); examples with a publication date of
 * 2024-11-24: {@code 2024年度 → 2024}, {@code 1-10月 → 2024-01/2024-10},
 * {@code 2022年至今 → 2022/2024-11-24}, {@code 昨日 → 2024-11-23}, {@code 31日晚7时} (page of
 * 2024-12-31) {@code → 2024-12-31T19:00}, {@code “十四五”} {@code → 2021/2025}.
 *
 * <p>Not dates: durations ({@code 历时两年}, {@code 9个月}, {@code 5年来}, {@code 120周年}), bare
 * numbers ({@code 2312班}), vague words ({@code 近日}, {@code 目前}), lunar dates, and dates that do
 * not exist ({@code 2024年13月45日}, {@code 2月30日}), which are skipped.
 *
 * <p>When the publication date is unknown, expressions that need it (今年, 昨日, a year-less
 * {@code 11月22日} with no year earlier in its sentence, 至今) give no mention; 当天 and a clock
 * time alone still resolve against a day mentioned earlier in the article. The resolution rules
 * (year boundary, 当天) are those of {@link DateResolver}.
 *
 * <p>Immutable and thread-safe; lexicons are read once, at construction.
 */
public final class DateExtractor implements Extractor {

    /** The extractor name, also the mention source. */
    public static final String NAME = "date";

    private final DateGrammar grammar = new DateGrammar();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Mention> extract(ArticleContext context) {
        LocalDate publication = context.publicationDate().date();
        DateResolver resolver = new DateResolver(publication);
        List<Mention> out = new ArrayList<>();
        for (Sentence sentence : context.sentences()) {
            resolver.newSentence();
            for (DateExpression found : grammar.find(TraditionalFolding.fold(sentence.text()))) {
                DateExpression e = found.untilNow() && publication == null
                        ? new DateExpression(found.start(), found.fromEnd(), found.fromEnd(), found.from(), null, false)
                        : found;
                Optional<String> iso = resolver.resolve(e);
                if (iso.isPresent()) {
                    out.add(context.mention(MentionType.DATE, sentence, e.start(), e.end(),
                            new DateValue(iso.get()), NAME));
                }
            }
        }
        return out;
    }
}
