package org.preau.engine.io.fet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.preau.engine.model.Placement;
import org.preau.engine.model.Slot;
import org.preau.engine.model.Timetable;

class FetSolutionWriterTest {

    @Test
    void repeatsDayHourAndRoomNamesExactlyAsDeclared() throws IOException {
        var problem = FetImporter.read(FetImporterTest.COLLEGE).problem();
        StringWriter out = new StringWriter();
        FetSolutionWriter.write(new Timetable(problem, List.of(
                new Placement("3", new Slot(1, 2), "Labo 1\t"), new Placement("1", new Slot(0, 1), ""))), out);
        assertThat(out.toString()).contains("<Activities_Timetable>")
                .contains("<Activity>\n\t<Id>3</Id>\n\t<Day>Mardi</Day>\n\t<Hour>10:00</Hour>\n\t<Room>Labo 1\t</Room>\n</Activity>")
                .contains("<Id>1</Id>\n\t<Day>Lundi</Day>\n\t<Hour>09:00</Hour>\n\t<Room></Room>");
    }
}
