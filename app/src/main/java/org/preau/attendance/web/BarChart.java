package org.preau.attendance.web;

import java.util.ArrayList;
import java.util.List;

import org.preau.attendance.internal.AttendanceStatistics;

/**
 * A horizontal stacked bar chart (justified then unjustified half-days) drawn by the template as inline SVG:
 * no script, no external library, readable without CSS thanks to the table that goes with it.
 */
record BarChart(int width, int height, int barsX, List<Bar> bars, List<Tick> ticks) {

    record Bar(String label, int y, int labelY, int justifiedWidth, int unjustifiedX, int unjustifiedWidth,
               int totalX, int total) {
    }

    record Tick(int x, int value) {
    }

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 90;
    private static final int ROW = 24;
    private static final int BAR = 16;
    private static final int TOP = 8;
    private static final int AXIS = 22;

    static BarChart of(List<AttendanceStatistics.Row> rows) {
        int max = Math.max(1, rows.stream().mapToInt(AttendanceStatistics.Row::halfDays).max().orElse(1));
        int usable = WIDTH - LABEL_WIDTH - 40;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            AttendanceStatistics.Row row = rows.get(i);
            int y = TOP + i * ROW;
            int justified = scale(row.justified(), max, usable);
            int unjustified = scale(row.unjustified(), max, usable);
            bars.add(new Bar(row.label(), y, y + BAR - 3, justified, LABEL_WIDTH + justified, unjustified,
                    LABEL_WIDTH + justified + unjustified + 4, row.halfDays()));
        }
        int height = TOP + rows.size() * ROW + AXIS;
        List<Tick> ticks = new ArrayList<>();
        int step = Math.max(1, (int) Math.ceil(max / 5.0));
        for (int value = 0; value <= max; value += step) {
            ticks.add(new Tick(LABEL_WIDTH + scale(value, max, usable), value));
        }
        return new BarChart(WIDTH, height, LABEL_WIDTH, bars, ticks);
    }

    public int axisY() {
        return height - AXIS + 4;
    }

    private static int scale(int value, int max, int usable) {
        return (int) Math.round((double) value * usable / max);
    }
}
