package dev.tiqu.cli;

import dev.tiqu.formats.OutputFormat;
import dev.tiqu.text.Layout;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The option values of {@code tiqu extract} that picocli cannot read by itself, each turning a bad
 * value into a one-sentence usage error: {@code --date 2024-13-01} gives
 * {@code '2024-13-01' is not a date of the form YYYY-MM-DD}.
 */
final class Converters {

    private Converters() {
    }

    /** {@code --layout} values in lower case, as the help shows them. */
    static final class LayoutConverter implements ITypeConverter<Layout> {
        @Override
        public Layout convert(String value) {
            try {
                return Layout.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --format} names; an unknown one names the known ones. */
    static final class FormatConverter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --date}; a bad date without the parser's internals. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date of the form YYYY-MM-DD");
            }
        }
    }
}
