package dev.tiqu.cli.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tiqu.core.mention.MentionType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What happened to every input of a run: written as {@code run.json} in the output folder and
 * summarized on stderr. Only counters and one small entry per input are kept in memory.
 */
public final class RunReport {

    /** The fate of one input. */
    public enum Status { OK, SKIPPED, FAILED }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ObjectNode root = JSON.createObjectNode();
    private final ArrayNode inputs = root.putArray("inputs");
    private final Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
    private final Map<MentionType, Long> mentions = new EnumMap<>(MentionType.class);
    private final Map<String, Long> records = new LinkedHashMap<>();
    private final Map<String, Long> stageNanos = new LinkedHashMap<>();
    private long articles;
    private long chars;

    public RunReport(String version, int threads) {
        root.put("tool", "tiqu");
        root.put("version", version);
        root.put("threads", threads);
        for (MentionType t : MentionType.values()) {
            mentions.put(t, 0L);
        }
    }

    /** Records one input; {@code detail} is the reason or error for SKIPPED and FAILED. */
    public synchronized void add(String path, Status status, String detail, String encoding, String publicationDate,
                                 String dateSource, int articleCount, Map<MentionType, Long> mentionCounts,
                                 Map<String, Integer> recordCounts, long chars, long millis) {
        ObjectNode e = inputs.addObject();
        e.put("path", path);
        e.put("status", status.name().toLowerCase(java.util.Locale.ROOT));
        if (detail != null) {
            e.put(status == Status.FAILED ? "error" : "reason", detail);
        }
        if (encoding != null) {
            e.put("encoding", encoding);
        }
        if (publicationDate != null) {
            e.put("publication_date", publicationDate);
            e.put("publication_date_source", dateSource);
        }
        e.put("articles", articleCount);
        ObjectNode m = e.putObject("mentions");
        mentionCounts.forEach((t, n) -> m.put(t.name(), n));
        if (!recordCounts.isEmpty()) {
            ObjectNode r = e.putObject("records");
            recordCounts.forEach(r::put);
        }
        e.put("chars", chars);
        e.put("millis", millis);
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
        return inputs.size();
    }

    /** One line for stderr: files, articles, mentions by type, records, elapsed time. */
    public synchronized String summary(long elapsedMillis) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%d files (%d ok, %d skipped, %d failed), %d articles, mentions:",
                inputs(), count(Status.OK), count(Status.SKIPPED), count(Status.FAILED), articles));
        mentions.forEach((t, n) -> b.append(' ').append(t.name()).append(' ').append(n));
        if (!records.isEmpty()) {
            b.append(", records:");
            records.forEach((k, n) -> b.append(' ').append(k).append(' ').append(n));
        }
        b.append(String.format(", %.1f s", elapsedMillis / 1000.0));
        return b.toString();
    }

    /** Writes {@code run.json} atomically (temporary file, then rename). */
    public synchronized void write(Path dir, long elapsedMillis) throws IOException {
        ObjectNode totals = JSON.createObjectNode();
        totals.put("inputs", inputs());
        for (Status s : Status.values()) {
            totals.put(s.name().toLowerCase(java.util.Locale.ROOT), count(s));
        }
        totals.put("articles", articles);
        totals.put("chars", chars);
        ObjectNode m = totals.putObject("mentions");
        mentions.forEach((t, n) -> m.put(t.name(), n));
        ObjectNode r = totals.putObject("records");
        records.forEach(r::put);
        root.set("totals", totals);
        root.put("elapsed_millis", elapsedMillis);
        ObjectNode stages = root.putObject("stage_millis");
        stageNanos.forEach((k, v) -> stages.put(k, v / 1_000_000));
        Path temp = dir.resolve(".run.json." + ProcessHandle.current().pid() + ".partial");
        JSON.writeValue(temp.toFile(), root);
        Files.move(temp, dir.resolve("run.json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
