package io.github.cvdsl.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.Highlight;
import io.github.cvdsl.model.HighlightGroup;
import io.github.cvdsl.model.Section;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.render.internal.CodePoints;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRendererTest {

  @ParameterizedTest
  @ValueSource(ints = {20, 37, 80, 120})
  void noLineIsWiderThanTheWidthOrEndsInASpace(int width) {
    String text =
        Renderers.characterRenderer("text", RenderOptions.defaults().withWidth(width))
            .render(CvFixtures.realistic());

    for (String line : text.split("\n")) {
      assertTrue(CodePoints.width(line) <= width, () -> "wider than " + width + ": " + line);
      assertEquals(line.stripTrailing(), line);
      assertTrue(line.indexOf('\t') < 0, line);
    }
  }

  @Test
  void headingsAreUnderlined() {
    String text = Renderers.characterRenderer("text").render(CvFixtures.realistic());

    assertTrue(text.startsWith("Kura\n====\n\nEngineer\n"), text);
    assertTrue(text.contains("\nExperience\n----------\n\nBBC <https://bbc.co.uk>\n"), text);
  }

  @Test
  void bulletsAndNestedBulletsHangUnderTheirText() {
    String text = Renderers.characterRenderer("text").render(CvFixtures.realistic());

    assertTrue(
        text.contains(
            "- Took on many operational responsibilities on top of my day-to-day work,\n"
                + "  including:\n"
                + "  - Became someone that members from other teams approach with questions about\n"
                + "    BIDI & Radix\n"),
        text);
  }

  @Test
  void linksShowTheirAddressUnlessTheLabelIsTheAddress() {
    String text = Renderers.characterRenderer("text").render(CvFixtures.realistic());

    assertTrue(text.contains("see my blog\n<https://kura.gg/blog>."), text);
    assertTrue(
        text.startsWith(
            "Kura\n====\n\nEngineer\nkura@example.com\n+44 117 496 0000\n"
                + "kura.gg <https://kura.gg>\nBristol, United Kingdom\n"
                + "GitHub: @kura <https://github.com/kura>\nWebsite: kura.gg <https://kura.gg>\n\n"),
        text);
  }

  @Test
  void widthCountsCodePointsSoAnEmojiCountsOnce() {
    String line = "😀".repeat(15) + " " + "x".repeat(4);

    String text = renderBullet(line, 22);

    assertTrue(text.contains("- " + line + "\n"), "20 code points fit in 22 columns:\n" + text);
  }

  @Test
  void aWordIsBrokenOnlyWhenLongerThanALine() {
    String longWord = "a".repeat(45);

    String text = renderBullet("short " + longWord + " end", 30);

    assertTrue(
        text.contains("- short\n  " + "a".repeat(28) + "\n  " + "a".repeat(17) + " end\n"), text);
  }

  @Test
  void aBrokenWordNeverSplitsAnAccentFromItsLetter() {
    String accented = "e\u0301".repeat(30);

    String text = renderBullet(accented, 25);

    for (String line : text.split("\n")) {
      String content = line.strip();
      assertTrue(
          content.isEmpty() || content.charAt(0) != '\u0301', () -> "starts with a mark: " + line);
    }
  }

  @Test
  void tabsAndLineBreaksBecomeSpacesAndRightToLeftTextStaysAsWritten() {
    String text = renderBullet("one\ttwo\nthree שלום עולם", 80);

    assertTrue(text.contains("- one two three שלום עולם\n"), text);
  }

  private static String renderBullet(String bullet, int width) {
    Cv base = CvFixtures.minimal();
    Section section =
        new Section(
            "Bullets",
            List.of(),
            List.of(
                new HighlightGroup(
                    Optional.empty(), List.of(new Highlight(Text.plain(bullet), List.of())))),
            List.of());
    Cv cv =
        new Cv(
            base.name(), base.label(), base.email(), base.phone(), base.website(), base.location(),
            base.summary(), base.profiles(), List.of(section), base.language());
    return Renderers.characterRenderer("text", RenderOptions.defaults().withWidth(width)).render(cv);
  }
}
