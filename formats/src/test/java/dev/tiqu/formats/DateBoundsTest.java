package dev.tiqu.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tiqu.core.mention.DateValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateBoundsTest {

    @ParameterizedTest
    @CsvSource({
        "2024,             2024-01-01,       2024-12-31,       year",
        "2024-02,          2024-02-01,       2024-02-29,       month",
        "2023-02,          2023-02-01,       2023-02-28,       month",
        "2025-03-31,       2025-03-31,       2025-03-31,       day",
        "2021-11-20T10:00, 2021-11-20 10:00, 2021-11-20 10:00, minute",
        "2024-01/2024-10,  2024-01-01,       2024-10-31,       month",
        "2024-11-11/2024-11-17, 2024-11-11,  2024-11-17,       day",
        "2021-11-20T00:00/2021-11-20T16:00, 2021-11-20 00:00, 2021-11-20 16:00, minute",
        "2019/2023-06,     2019-01-01,       2023-06-30,       year",
        "2024-01-05/2024-01-05T17:00, 2024-01-05, 2024-01-05 17:00, day",
    })
    void anIsoValueBecomesItsFirstAndLastDay(String iso, String start, String end, String granularity) {
        DateBounds b = DateBounds.of(new DateValue(iso));
        assertEquals(start, b.startText(), "start of " + iso);
        assertEquals(end, b.endText(), "end of " + iso);
        assertEquals(granularity, b.granularity(), "granularity of " + iso);
    }
}
