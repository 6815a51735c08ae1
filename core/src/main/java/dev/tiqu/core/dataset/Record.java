package dev.tiqu.core.dataset;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a dataset: column name → cell text, in the dataset's column order.
 *
 * @param dataset the dataset's name
 * @param values  the cells; missing columns are written as empty cells
 */
public record Record(String dataset, Map<String, String> values) {

    public Record {
        Objects.requireNonNull(dataset, "dataset");
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public String get(String column) {
        return values.getOrDefault(column, "");
    }
}
