package dev.tiqu.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tiqu.core.dataset.Dataset;
import dev.tiqu.core.dataset.Record;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example articles of each dataset (resource files {@code <name>_cases.yaml}): every row
 * expected, in order, with the columns the case lists; no row more.
 */
class CasesTest {

    static Stream<Arguments> subsidy() {
        return args(Datasets.builtIn("subsidy"), "/dev/tiqu/datasets/subsidy_cases.yaml");
    }

    static Stream<Arguments> pvCapacity() {
        return args(Datasets.builtIn("pv_capacity"), "/dev/tiqu/datasets/pv_capacity_cases.yaml");
    }

    static Stream<Arguments> signedProjects() throws Exception {
        Path file = Path.of(CasesTest.class.getResource("/dev/tiqu/datasets/signed_projects.yaml").toURI());
        return args(Datasets.load(file), "/dev/tiqu/datasets/signed_projects_cases.yaml");
    }

    private static Stream<Arguments> args(Dataset dataset, String resource) {
        return Fixture.cases(resource).stream().map(c -> Arguments.of(dataset, c));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("subsidy")
    void subsidyRows(Dataset dataset, Fixture.Case c) {
        check(dataset, c);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("pvCapacity")
    void pvCapacityRows(Dataset dataset, Fixture.Case c) {
        check(dataset, c);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("signedProjects")
    void signedProjectRows(Dataset dataset, Fixture.Case c) {
        check(dataset, c);
    }

    static void check(Dataset dataset, Fixture.Case c) {
        List<Record> records = dataset.build(c.page(), c.mentions());
        assertEquals(show(c.rows(), c.rows()), show(c.rows(), records.stream().map(Record::values).toList()),
                c.id());
    }

    /** The rows restricted to the columns the expected rows list, one line per row. */
    private static String show(List<Map<String, String>> expected, List<Map<String, String>> rows) {
        List<String> columns = new ArrayList<>();
        for (Map<String, String> e : expected) {
            for (String k : e.keySet()) {
                if (!columns.contains(k)) {
                    columns.add(k);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Map<String, String> r : rows) {
            for (String k : columns) {
                sb.append(k).append('=').append(r.getOrDefault(k, "")).append(' ');
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
