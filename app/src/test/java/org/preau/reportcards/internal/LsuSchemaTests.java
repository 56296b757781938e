package org.preau.reportcards.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class LsuSchemaTests {

    private static final String DOCUMENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <lsun:lsunBilans xmlns:lsun="urn:fr:edu:scolarite:lsun:bilans:import" schemaVersion="3.0">
              <entete><editeur>Préau</editeur><application>Préau</application><etablissement>0750042X</etablissement></entete>
              <donnees>
                <periodes><periode id="PER_1" millesime="2026" indice="1" nb-periodes="3"/></periodes>
                <disciplines><discipline id="DI_MATHS" code="MATHS" modalite-election="S" libelle="Mathématiques"/></disciplines>
                <eleves><eleve id="EL_1" nom="Martin" prenom="Léa" code-division="5e B"/></eleves>
                <bilans-periodiques>
                  <bilan-periodique eleve-ref="EL_1" periode-ref="PER_1" date-scolarite="2026-09-01" date-verrou="2026-12-04">
                    <liste-acquis>
                      <acquis discipline-ref="%s" eleve-non-note="false" moyenne-eleve="%s" moyenne-structure="11.2/20">
                        <appreciation>Bon trimestre.</appreciation>
                      </acquis>
                    </liste-acquis>
                    <vie-scolaire nb-abs-justifiees="2" nb-abs-injustifiees="0"/>
                  </bilan-periodique>
                </bilans-periodiques>
              </donnees>
            </lsun:lsunBilans>
            """;

    private final LsuSchema schema = newSchema();

    private static LsuSchema newSchema() {
        try {
            return new LsuSchema();
        } catch (org.xml.sax.SAXException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] document(String disciplineRef, String average) {
        return DOCUMENT.formatted(disciplineRef, average).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aWellFormedExportPasses() {
        byte[] valid = document("DI_MATHS", "14.25/20");
        assertThat(schema.requireValid(valid)).isSameAs(valid);
    }

    @Test
    void aMarkForASubjectTheFileDoesNotDeclareIsRefusedWithItsLine() {
        assertThatThrownBy(() -> schema.requireValid(document("DI_PHYSIQUE", "14.25/20")))
                .isInstanceOf(LsuSchema.InvalidExportException.class)
                .hasMessageContaining("line 19").hasMessageContaining("DI_PHYSIQUE");
    }

    @Test
    void anAverageAboveTwentyIsRefused() {
        assertThatThrownBy(() -> schema.requireValid(document("DI_MATHS", "21/20")))
                .isInstanceOf(LsuSchema.InvalidExportException.class).hasMessageContaining("21/20");
    }
}
