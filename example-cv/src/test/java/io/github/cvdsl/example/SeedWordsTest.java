package io.github.cvdsl.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every word of the seed CV appears, in the seed's order, in what the build rendered: nothing the
 * first user wrote is lost. Words are compared, not bytes: markup and punctuation differ by design.
 */
class SeedWordsTest {
  private static final Pattern TAG = Pattern.compile("<[^>]+>");
  private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:'[a-z0-9]+)?");

  /** Lower-case words, as the project's seed-coverage tool counts them. */
  static List<String> words(String text) {
    String plain =
        TAG.matcher(text)
            .replaceAll(" ")
            .replace("&amp;", "&")
            .replace("&#39;", "'")
            .replace("&apos;", "'")
            .replace("(#)", " ")
            .replace('\u2018', '\'')
            .replace('\u2019', '\'')
            .toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(plain);
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }

  @ParameterizedTest
  @ValueSource(strings = {"md", "txt", "html"})
  void everySeedWordInOrder(String extension) {
    List<String> seed = words(RenderedCv.read("seed-kura-cv.md"));
    List<String> rendered = words(RenderedCv.rendered(extension));
    int at = 0;
    for (int i = 0; i < seed.size(); i++) {
      int found = rendered.subList(at, rendered.size()).indexOf(seed.get(i));
      int index = i;
      int from = at;
      assertTrue(
          found >= 0,
          () ->
              "seed word "
                  + index
                  + " \""
                  + seed.get(index)
                  + "\" (after \""
                  + String.join(" ", seed.subList(Math.max(0, index - 6), index))
                  + "\") is missing after rendered word "
                  + from
                  + " in KuraCv."
                  + extension);
      at += found + 1;
    }
  }
}
