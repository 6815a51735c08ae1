package dev.tiqu.devtools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tiqu.core.text.Document;
import dev.tiqu.core.text.PublicationDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One hand-annotated page: its gold annotation (the JSON format of {@code gold/README.md}) and the
 * text of the page it annotates. The one place gold files are read, by {@code evaluate} and by
 * every measurement test. Example: {@code GoldPage.load(Path.of("gold"), Path.of("seeds"))}.
 *
 * @param doc        the page's file name, as the gold's {@code doc}
 * @param text       the page's decoded text (UTF-8)
 * @param date       the publication date the gold gives
 * @param annotation the whole gold annotation
 */
public record GoldPage(String doc, String text, LocalDate date, JsonNode annotation) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Every {@code *.json} gold file of {@code goldDir} (in name order) with its page from
     * {@code pagesDir}.
     *
     * @throws NoSuchFileException naming the folder or page that is missing, with what to do
     */
    public static List<GoldPage> load(Path goldDir, Path pagesDir) throws IOException {
        if (!Files.isDirectory(goldDir)) {
            throw new NoSuchFileException(goldDir.toString(), null,
                    "no gold folder: run from the repository root or pass --gold DIR");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(goldDir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<GoldPage> pages = new ArrayList<>();
        for (Path file : files) {
            JsonNode node = JSON.readTree(file.toFile());
            String doc = node.path("doc").asText();
            Path page = pagesDir.resolve(doc);
            if (!Files.isRegularFile(page)) {
                throw new NoSuchFileException(page.toString(), null,
                        "the page of gold file " + file.getFileName() + " is missing: pass --pages DIR");
            }
            pages.add(new GoldPage(doc, Files.readString(page, StandardCharsets.UTF_8),
                    LocalDate.parse(node.path("publication_date").asText()), node));
        }
        return pages;
    }

    /** The gold page whose document is {@code doc} (for example {@code 000_0b260c43b3846790.txt}). */
    public static GoldPage of(List<GoldPage> pages, String doc) {
        return pages.stream().filter(p -> p.doc().equals(doc)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no gold page " + doc));
    }

    /** The page as a document, with the gold's publication date or none (to be inferred). */
    public Document document(boolean withDate) {
        return new Document(doc, text, withDate ? PublicationDate.given(date) : PublicationDate.unknown());
    }
}
