package dev.tiqu.cli.run;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tiqu.core.mention.MentionType;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What happened to every input of a run, streamed to {@code run.json} (in the run's staging
 * folder, see {@link Outputs}) as inputs finish, so memory stays flat on any corpus size: only
 * counters are kept; completed by {@link #finish}, and summarized on stderr. Besides the run's
 * {@code elapsed_millis}, {@code first_result_epoch_millis} says when the first input's results
 * had been written (milliseconds since 1970 on the machine's clock, so that a program that
 * started the run can tell how long the first record took).
 */
public final class RunReport implements Closeable {

    /** The fate of one input. */
    public enum Status { OK, SKIPPED, FAILED }

    private final JsonGenerator json;
    private final Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
    private final Map<MentionType, Long> mentions = new EnumMap<>(MentionType.class);
    private final Map<String, Long> records = new LinkedHashMap<>();
    private final Map<String, Long> stageNanos = new LinkedHashMap<>();
    private int inputs;
    private long articles;
    private long chars;
    /** When the first input's results had been written (wall clock, for start-up measures), or 0. */
    private long firstResultEpochMillis;
    private boolean finished;

    /** Starts {@code run.json} on {@code out}; {@link #finish} and {@link #close} close it. */
    public RunReport(OutputStream out, String version, int threads) throws IOException {
        this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("tool", "tiqu");
        json.writeStringField("version", version);
        json.writeNumberField("threads", threads);
        json.writeArrayFieldStart("inputs");
        for (MentionType t : MentionType.values()) {
            mentions.put(t, 0L);
        }
    }

    /**
     * Records one input; {@code doc} is its {@code doc} column (null if it was not read),
     * {@code detail} the reason (SKIPPED) or the error (FAILED).
     */
    public synchronized void add(String path, String doc, Status status, String detail, String encoding, String publicationDate,
                                 String dateSource, int articleCount, Map<MentionType, Long> mentionCounts,
                                 Map<String, Integer> recordCounts, long chars, long millis) throws IOException {
        json.writeStartObject();
        json.writeStringField("path", path);
        if (doc != null) {
            json.writeStringField("doc", doc);
        }
        json.writeStringField("status", status.name().toLowerCase(Locale.ROOT));
        if (detail != null) {
            json.writeStringField(status == Status.FAILED ? "error" : "reason", detail);
        }
        if (encoding != null) {
            json.writeStringField("encoding", encoding);
        }
        if (publicationDate != null) {
            json.writeStringField("publication_date", publicationDate);
            json.writeStringField("publication_date_source", dateSource);
        }
        json.writeNumberField("articles", articleCount);
        json.writeObjectFieldStart("mentions");
        for (Map.Entry<MentionType, Long> e : mentionCounts.entrySet()) {
            json.writeNumberField(e.getKey().name(), e.getValue());
        }
        json.writeEndObject();
        if (!recordCounts.isEmpty()) {
            json.writeObjectFieldStart("records");
            for (Map.Entry<String, Integer> e : recordCounts.entrySet()) {
                json.writeNumberField(e.getKey(), e.getValue());
            }
            json.writeEndObject();
        }
        json.writeNumberField("chars", chars);
        json.writeNumberField("millis", millis);
        json.writeEndObject();
        inputs++;
        if (status == Status.OK && firstResultEpochMillis == 0) {
            firstResultEpochMillis = System.currentTimeMillis();
        }
        byStatus.merge(status, 1, Integer::sum);
        articles += articleCount;
        this.chars += chars;
        mentionCounts.forEach((t, n) -> mentions.merge(t, n, Long::sum));
        recordCounts.forEach((k, n) -> records.merge(k, (long) n, Long::sum));
    }

    public synchronized void addStageNanos(Map<String, Long> nanos) {
        nanos.forEach((k, v) -> stageNanos.merge(k, v, Long::sum));
    }

    public synchronized int count(Status status) {
        return byStatus.getOrDefault(status, 0);
    }

    public synchronized int inputs() {
        return inputs;
    }

    /** One line for stderr: files, articles, mentions by type, records, elapsed time. */
    public synchronized String summary(long elapsedMillis) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%d files (%d ok, %d skipped, %d failed), %d articles, mentions:",
                inputs, count(Status.OK), count(Status.SKIPPED), count(Status.FAILED), articles));
        mentions.forEach((t, n) -> b.append(' ').append(t.name()).append(' ').append(n));
        if (!records.isEmpty()) {
            b.append(", records:");
            records.forEach((k, n) -> b.append(' ').append(k).append(' ').append(n));
        }
        b.append(String.format(Locale.ROOT, ", %.1f s", elapsedMillis / 1000.0));
        return b.toString();
    }

    /** Writes the totals and timings and closes {@code run.json}. */
    public synchronized void finish(long elapsedMillis) throws IOException {
        json.writeEndArray();
        json.writeObjectFieldStart("totals");
        json.writeNumberField("inputs", inputs);
        for (Status s : Status.values()) {
            json.writeNumberField(s.name().toLowerCase(Locale.ROOT), count(s));
        }
        json.writeNumberField("articles", articles);
        json.writeNumberField("chars", chars);
        json.writeObjectFieldStart("mentions");
        for (Map.Entry<MentionType, Long> e : mentions.entrySet()) {
            json.writeNumberField(e.getKey().name(), e.getValue());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("records");
        for (Map.Entry<String, Long> e : records.entrySet()) {
            json.writeNumberField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeNumberField("elapsed_millis", elapsedMillis);
        if (firstResultEpochMillis != 0) {
            json.writeNumberField("first_result_epoch_millis", firstResultEpochMillis);
        }
        json.writeObjectFieldStart("stage_millis");
        for (Map.Entry<String, Long> e : stageNanos.entrySet()) {
            json.writeNumberField(e.getKey(), e.getValue() / 1_000_000);
        }
        json.writeEndObject();
        json.writeEndObject();
        json.close();
        finished = true;
    }

    /** Closes the report of an interrupted run (its staging folder is deleted with it). */
    @Override
    public synchronized void close() throws IOException {
        if (!finished) {
            finished = true;
            json.close();
        }
    }
}
