package org.preau.school.internal.structure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;

/** How a form field is entered, checked and stored. */
public enum FieldKind {
    TEXT, EMAIL, INTEGER, HOURS, DATE, COLOUR, CHOICE, REF, BOOLEAN, REF_SET, CHOICE_SET;

    private static final Pattern EMAIL_PATTERN = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern COLOUR_PATTERN = Pattern.compile("^#[0-9a-fA-F]{6}$");

    /** A value read from the form, or the message code of what is wrong with it. */
    public record Parsed(Object value, String error) {
        static Parsed ok(Object value) {
            return new Parsed(value, null);
        }

        static Parsed error(String code) {
            return new Parsed(null, code);
        }

        public boolean failed() {
            return error != null;
        }
    }

    public boolean isSet() {
        return this == REF_SET || this == CHOICE_SET;
    }

    /** Parses a non-blank single value. */
    Parsed parse(String raw) {
        try {
            return switch (this) {
                case TEXT, CHOICE -> Parsed.ok(raw);
                case EMAIL -> EMAIL_PATTERN.matcher(raw).matches() ? Parsed.ok(raw) : Parsed.error("email");
                case COLOUR -> COLOUR_PATTERN.matcher(raw).matches() ? Parsed.ok(raw.toUpperCase())
                        : Parsed.error("colour");
                case INTEGER -> Parsed.ok(Integer.valueOf(raw));
                case HOURS -> hours(raw);
                case DATE -> Parsed.ok(LocalDate.parse(raw));
                case REF -> Parsed.ok(UUID.fromString(raw));
                case BOOLEAN -> Parsed.ok(Boolean.TRUE);
                case REF_SET, CHOICE_SET -> throw new IllegalStateException("sets are parsed value by value");
            };
        } catch (NumberFormatException e) {
            return Parsed.error(this == HOURS ? "hours" : "integer");
        } catch (DateTimeParseException e) {
            return Parsed.error("date");
        } catch (IllegalArgumentException e) {
            return Parsed.error("choice");
        }
    }

    private static Parsed hours(String raw) {
        BigDecimal hours = new BigDecimal(raw.replace(',', '.'));
        boolean halves = hours.multiply(BigDecimal.TWO).stripTrailingZeros().scale() <= 0;
        return hours.signum() > 0 && halves ? Parsed.ok(hours) : Parsed.error("hours");
    }
}
