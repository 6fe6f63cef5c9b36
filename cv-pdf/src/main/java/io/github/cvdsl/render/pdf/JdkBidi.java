package io.github.cvdsl.render.pdf;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Right-to-left text for openhtmltopdf with the JDK's own Unicode bidi algorithm ({@link Bidi}),
 * where openhtmltopdf's optional module would bring ICU4J (13 MB): Arabic, Persian and Hebrew run
 * from right to left within a line, beside left-to-right runs, and read back from the PDF in the
 * order they were written. The JDK has no Arabic shaping, so Arabic letters keep their isolated
 * forms (see docs/languages.md).
 */
final class JdkBidi {

  private JdkBidi() {}

  /** Splits each paragraph into runs of one direction, in visual order. */
  static final class SplitterFactory implements BidiSplitterFactory {
    @Override
    public BidiSplitter createBidiSplitter() {
      return new Splitter();
    }
  }

  private static final class Splitter implements BidiSplitter {
    private List<BidiTextRun> runs = List.of();

    @Override
    public void setParagraph(String paragraph, byte defaultDirection) {
      int flags =
          defaultDirection == RTL
              ? Bidi.DIRECTION_RIGHT_TO_LEFT
              : defaultDirection == LTR
                  ? Bidi.DIRECTION_LEFT_TO_RIGHT
                  : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
      if (paragraph.isEmpty()) {
        runs = List.of();
        return;
      }
      Bidi bidi = new Bidi(paragraph, flags);
      int count = bidi.getRunCount();
      byte[] levels = new byte[count];
      Integer[] order = new Integer[count];
      for (int i = 0; i < count; i++) {
        levels[i] = (byte) bidi.getRunLevel(i);
        order[i] = i;
      }
      Bidi.reorderVisually(levels, 0, order, 0, count);
      List<BidiTextRun> visual = new ArrayList<>(count);
      for (Integer run : order) {
        int start = bidi.getRunStart(run);
        byte direction = (bidi.getRunLevel(run) & 1) == 1 ? RTL : LTR;
        visual.add(new BidiTextRun(start, bidi.getRunLimit(run) - start, direction));
      }
      runs = visual;
    }

    @Override
    public int countTextRuns() {
      return runs.size();
    }

    @Override
    public BidiTextRun getVisualRun(int runIndex) {
      return runs.get(runIndex);
    }

    @Override
    public byte getBaseDirection(String paragraph) {
      for (int i = 0; i < paragraph.length(); ) {
        int codePoint = paragraph.codePointAt(i);
        byte type = Character.getDirectionality(codePoint);
        if (type == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
          return LTR;
        }
        if (type == Character.DIRECTIONALITY_RIGHT_TO_LEFT
            || type == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
          return RTL;
        }
        i += Character.charCount(codePoint);
      }
      return NEUTRAL;
    }
  }

  /** Writes a right-to-left run backwards, brackets mirrored, for a left-to-right page. */
  static final class Reorderer implements BidiReorderer {
    private static final String MIRRORED = "()[]{}<>«»‹›";

    @Override
    public String reorderRTLTextToLTR(String text) {
      StringBuilder reversed = new StringBuilder(text.length());
      for (int i = text.length(); i > 0; ) {
        int codePoint = text.codePointBefore(i);
        i -= Character.charCount(codePoint);
        int pair = MIRRORED.indexOf(codePoint);
        reversed.appendCodePoint(pair < 0 ? codePoint : MIRRORED.charAt(pair ^ 1));
      }
      return reversed.toString();
    }

    @Override
    public String shapeText(String text) {
      return text;
    }

    @Override
    public String deshapeText(String text) {
      return text;
    }

    @Override
    public boolean isLiveImplementation() {
      return true;
    }
  }
}
