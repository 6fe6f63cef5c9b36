package io.github.cvdsl.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What templates write comes out tidy, in blocks of whole lines, however much there is. */
class TidyWriterTest {

  /** Keeps every block it is given. */
  private static final class Blocks extends Writer {
    final List<String> blocks = new ArrayList<>();

    @Override
    public void write(char[] chars, int offset, int length) {
      blocks.add(new String(chars, offset, length));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    String all() {
      return String.join("", blocks);
    }
  }

  private static Blocks tidy(String... pieces) throws IOException {
    Blocks sink = new Blocks();
    TidyWriter writer = new TidyWriter(sink);
    for (String piece : pieces) {
      writer.write(piece);
    }
    writer.finish();
    return sink;
  }

  @Test
  void dropsTrailingWhitespaceAndBlankLinesAtTheEndsAndKeepsOneBlankLineOfARun()
      throws IOException {
    Blocks sink = tidy("\n \n\t\nfirst  \t\r\n", "\n  \n\nsec", "ond\n", "third", "\n\n \n");

    assertEquals("first\n\nsecond\nthird\n", sink.all());
  }

  @Test
  void passesOnEveryLineOfOutputLargerThanABlockInBlocksOfWholeLines() throws IOException {
    StringBuilder template = new StringBuilder();
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      template.append("line ").append(i).append("   \n\n\n");
      expected.append(i == 0 ? "" : "\n").append("line ").append(i).append('\n');
    }

    Blocks sink = tidy(template.toString());

    assertEquals(expected.toString(), sink.all());
    assertTrue(sink.blocks.size() > 1, "one block for " + expected.length() + " characters");
    for (String block : sink.blocks) {
      assertTrue(block.endsWith("\n"), "a block ends inside a line: " + block);
    }
  }

  @Test
  void passesOnALineLongerThanABlockWhole() throws IOException {
    String longLine = "x".repeat(20_000);

    Blocks sink = tidy("before\n", longLine, "  \nafter");

    assertEquals("before\n" + longLine + "\nafter\n", sink.all());
  }

  @Test
  void fillsABlockToItsLastCharacterWithABlankLinePending() throws IOException {
    // A line that ends a block's room exactly, then a blank line and a short line, for every way
    // the blank line and the short line can meet the end of the block.
    for (int length = 8180; length <= 8195; length++) {
      String longLine = "x".repeat(length);

      Blocks sink = tidy(longLine, "\n\n", "a\n", "\n", "b");

      assertEquals(longLine + "\n\na\n\nb\n", sink.all(), "a line of " + length);
    }
  }
}
