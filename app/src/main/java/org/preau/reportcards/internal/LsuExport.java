package org.preau.reportcards.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;
import org.preau.reportcards.ReportCardView;
import org.preau.school.DivisionView;
import org.preau.school.PeriodView;
import org.preau.school.SchoolStructure;
import org.preau.school.SubjectId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a period's report cards in the shape of the LSU import ("lsunBilans": élèves, périodes, disciplines,
 * bilans périodiques with each subject's average and appréciation). It follows the structure of the national
 * format and is checked against Préau's schema of it ({@link LsuSchema}); the ministry's own XSD is not shipped.
 */
@Component
public class LsuExport {

    static final String NAMESPACE = "urn:fr:edu:scolarite:lsun:bilans:import";

    private final ReportCardAssembler assembler;
    private final SchoolStructure structure;
    private final ReportCardStore store;
    private final LsuSchema schema;

    LsuExport(ReportCardAssembler assembler, SchoolStructure structure, ReportCardStore store, LsuSchema schema) {
        this.schema = schema;
        this.assembler = assembler;
        this.structure = structure;
        this.store = store;
    }

    @Transactional(readOnly = true)
    public byte[] export(PeriodView period) {
        List<ReportCardView> cards = new ArrayList<>();
        for (DivisionView division : structure.divisions()) {
            cards.addAll(assembler.division(division.id(), period, null));
        }
        Map<SubjectId, ReportCardView.Line> disciplines = new LinkedHashMap<>();
        cards.forEach(card -> card.lines().forEach(line -> disciplines.putIfAbsent(line.subjectId(), line)));
        int periodCount = structure.periods().size();
        String periodRef = "PER_" + period.position();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setPrefix("lsun", NAMESPACE);
            xml.writeStartElement("lsun", "lsunBilans", NAMESPACE);
            xml.writeNamespace("lsun", NAMESPACE);
            xml.writeAttribute("schemaVersion", "3.0");

            xml.writeStartElement("entete");
            element(xml, "editeur", "Préau");
            element(xml, "application", "Préau");
            element(xml, "etablissement", store.header().uai());
            xml.writeEndElement();

            xml.writeStartElement("donnees");
            xml.writeStartElement("periodes");
            xml.writeEmptyElement("periode");
            xml.writeAttribute("id", periodRef);
            xml.writeAttribute("millesime", String.valueOf(period.startsOn().getYear()));
            xml.writeAttribute("indice", String.valueOf(period.position()));
            xml.writeAttribute("nb-periodes", String.valueOf(periodCount));
            xml.writeEndElement();

            xml.writeStartElement("disciplines");
            for (ReportCardView.Line line : disciplines.values()) {
                xml.writeEmptyElement("discipline");
                xml.writeAttribute("id", "DI_" + line.subjectId());
                xml.writeAttribute("code", line.subjectCode());
                xml.writeAttribute("modalite-election", "S");
                xml.writeAttribute("libelle", line.subject());
            }
            xml.writeEndElement();

            xml.writeStartElement("eleves");
            for (ReportCardView card : cards) {
                xml.writeEmptyElement("eleve");
                xml.writeAttribute("id", "EL_" + card.pupil().id());
                xml.writeAttribute("nom", card.pupil().lastName());
                xml.writeAttribute("prenom", card.pupil().firstName());
                xml.writeAttribute("code-division", String.valueOf(card.pupil().divisionName()));
            }
            xml.writeEndElement();

            xml.writeStartElement("bilans-periodiques");
            for (ReportCardView card : cards) {
                xml.writeStartElement("bilan-periodique");
                xml.writeAttribute("eleve-ref", "EL_" + card.pupil().id());
                xml.writeAttribute("periode-ref", periodRef);
                xml.writeAttribute("date-scolarite", period.startsOn().toString());
                xml.writeAttribute("date-verrou", LocalDate.now().toString());
                xml.writeStartElement("liste-acquis");
                for (ReportCardView.Line line : card.lines()) {
                    xml.writeStartElement("acquis");
                    xml.writeAttribute("discipline-ref", "DI_" + line.subjectId());
                    xml.writeAttribute("eleve-non-note", String.valueOf(line.average() == null));
                    if (line.average() != null) {
                        xml.writeAttribute("moyenne-eleve", outOf20(line.average()));
                    }
                    if (line.classMean() != null) {
                        xml.writeAttribute("moyenne-structure", outOf20(line.classMean()));
                    }
                    element(xml, "appreciation", line.appreciation());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
                element(xml, "appreciation-generale", card.council().generalAppreciation());
                if (card.absences() != null) {
                    xml.writeEmptyElement("vie-scolaire");
                    xml.writeAttribute("nb-abs-justifiees", String.valueOf(card.absences().justified()));
                    xml.writeAttribute("nb-abs-injustifiees", String.valueOf(card.absences().unjustified()));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the LSU export", e);
        }
        return schema.requireValid(out.toByteArray());
    }

    private static String outOf20(BigDecimal average) {
        return average.toPlainString() + "/20";
    }

    private static void element(XMLStreamWriter xml, String name, @Nullable String text) throws XMLStreamException {
        if (text == null || text.isBlank()) {
            return;
        }
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
