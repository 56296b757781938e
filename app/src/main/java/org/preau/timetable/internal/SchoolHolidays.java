package org.preau.timetable.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The national school calendar as data ({@code timetable/school-holidays.csv}): holidays per zone A/B/C and public
 * holidays, so that published timetables skip them.
 */
@Component
public class SchoolHolidays {

    /** Days without lessons, inclusive. {@code zone} is A, B, C or * (all). */
    public record Holiday(char zone, String name, LocalDate firstDay, LocalDate lastDay) {
        boolean covers(char schoolZone, LocalDate day) {
            return (zone == '*' || zone == schoolZone) && !day.isBefore(firstDay) && !day.isAfter(lastDay);
        }
    }

    private final List<Holiday> holidays;

    public SchoolHolidays() {
        this(load());
    }

    SchoolHolidays(List<Holiday> holidays) {
        this.holidays = List.copyOf(holidays);
    }

    public Optional<Holiday> holidayOn(char zone, LocalDate day) {
        return holidays.stream().filter(h -> h.covers(zone, day)).findFirst();
    }

    public List<Holiday> of(char zone) {
        return holidays.stream().filter(h -> h.zone() == '*' || h.zone() == zone).toList();
    }

    private static List<Holiday> load() {
        List<Holiday> list = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("timetable/school-holidays.csv").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",");
                list.add(new Holiday(f[0].charAt(0), f[1], LocalDate.parse(f[2]), LocalDate.parse(f[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list;
    }
}
