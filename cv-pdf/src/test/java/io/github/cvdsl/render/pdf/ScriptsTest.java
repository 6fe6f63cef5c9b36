package io.github.cvdsl.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.Dates;
import io.github.cvdsl.model.Item;
import io.github.cvdsl.model.Section;
import io.github.cvdsl.model.Text;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Text in Latin with diacritics, Greek and Cyrillic reads back from the PDF as written. */
class ScriptsTest {

  private static final String POLISH = "Zażółć gęślą jaźń, Łódź i Świętokrzyskie";
  private static final String GREEK = "Ξεσκεπάζω την ψυχοφθόρα βδελυγμία";
  private static final String CYRILLIC = "Съешь же ещё этих мягких французских булок";

  @Test
  void polishGreekAndCyrillicAreExtractedAsWritten() throws IOException {
    Cv cv =
        new Cv(
            "Łukasz Żółkiewski",
            Optional.of("Инженер · Μηχανικός"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(Text.plain(POLISH)),
            List.of(),
            List.of(
                new Section(
                    "Έργα",
                    List.of(),
                    List.of(),
                    List.of(
                        new Item(
                            "Проект",
                            Optional.empty(),
                            new Dates.None(),
                            Optional.empty(),
                            List.of(Text.plain(GREEK), Text.plain(CYRILLIC)),
                            List.of())))),
            "pl");

    try (PDDocument document = Pdfs.load(Pdfs.render(cv))) {
      String text = Pdfs.text(document, true);
      for (String written :
          List.of("Łukasz Żółkiewski", "Инженер · Μηχανικός", POLISH, "Έργα", "Проект", GREEK, CYRILLIC)) {
        assertTrue(text.contains(written), "missing '" + written + "' in:\n" + text);
      }
      assertTrue(document.getDocumentInformation().getAuthor().equals("Łukasz Żółkiewski"));
    }
  }
}
