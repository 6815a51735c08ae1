package dev.tiqu.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tiqu.core.mention.Mention;
import dev.tiqu.core.mention.MentionType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole articles (resource files, one sentence a line after {@code #} headers listing the
 * expected distinct persons, organizations and aliases): names confirmed in one sentence are
 * found in the others, aliases resolve to the full name.
 */
class ArticleCorpusTest {

    @BeforeAll
    static void load() {
        NameCorpusTest.load();
    }

    @ParameterizedTest
    @ValueSource(strings = {"changsha_signing", "xiangtan_court", "zhuzhou_company"})
    void article(String name) throws IOException {
        String file;
        try (InputStream in = getClass().getResourceAsStream("/dev/tiqu/names/articles/" + name + ".txt")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> body = new ArrayList<>();
        for (String line : file.split("\n")) {
            if (line.startsWith("# ")) {
                String[] kv = line.substring(2).split(":", 2);
                headers.put(kv[0].strip(), kv[1].strip());
            } else if (!line.isBlank()) {
                body.add(line);
            }
        }
        List<Mention> mentions = NameCorpusTest.run(String.join("\n", body));
        Set<String> persons = new TreeSet<>();
        Set<String> orgs = new TreeSet<>();
        Map<String, String> aliases = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.PERSON) {
                persons.add(m.name().canonical());
            } else if (m.type() == MentionType.ORGANIZATION) {
                orgs.add(m.name().canonical());
                if (!m.text().equals(m.name().canonical())) {
                    aliases.put(m.text(), m.name().canonical());
                }
            }
        }
        assertEquals(split(headers.get("persons")), persons, name + " persons");
        assertEquals(split(headers.get("organizations")), orgs, name + " organizations");
        for (String alias : split(headers.get("aliases"))) {
            String[] sf = alias.split("=", 2);
            assertEquals(sf[1], aliases.get(sf[0]), name + " alias " + sf[0]);
        }
    }

    private static Set<String> split(String list) {
        Set<String> result = new TreeSet<>();
        for (String s : list.split("\\|")) {
            if (!s.isBlank()) {
                result.add(s.strip());
            }
        }
        return result;
    }
}
