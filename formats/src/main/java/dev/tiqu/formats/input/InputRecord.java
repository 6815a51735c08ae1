package dev.tiqu.formats.input;

/**
 * One row of a JSON Lines or CSV input: where it starts, and either its fields or why it was
 * skipped. Example: line 12 of {@code articles.jsonl} holding
 * {@code {"id":"a1","text":"投资3.5亿元","date":"2024-11-22"}} gives
 * {@code InputRecord(12, "a1", "投资3.5亿元", "2024-11-22", null, null)}.
 *
 * @param line    the line number (from 1) where the row starts in its file
 * @param id      the id field, or null if there is no id field or it is empty
 * @param text    the text field; null when {@code problem} is set
 * @param date    the date field as written, or null
 * @param title   the title field, or null
 * @param problem why the row cannot be read (malformed JSON, no text field…), or null
 */
public record InputRecord(long line, String id, String text, String date, String title, String problem) {

    /** A row that cannot be read, with the reason. */
    static InputRecord malformed(long line, String problem) {
        return new InputRecord(line, null, null, null, null, problem);
    }

    /** Whether the row was read (no problem). */
    public boolean isValid() {
        return problem == null;
    }
}
