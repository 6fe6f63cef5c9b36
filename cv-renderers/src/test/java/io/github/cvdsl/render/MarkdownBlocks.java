package io.github.cvdsl.render;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/** What a CommonMark reader makes of a document: its blocks' visible text and its constructs. */
final class MarkdownBlocks {

  /** One heading or paragraph, with its text as a reader shows it. */
  record Block(String kind, int level, String text) {}

  final List<Block> blocks = new ArrayList<>();
  final List<String> linkDestinations = new ArrayList<>();
  final List<String> unexpected = new ArrayList<>();
  int listItems;
  int strongs;

  private MarkdownBlocks() {}

  static MarkdownBlocks read(String markdown) {
    MarkdownBlocks read = new MarkdownBlocks();
    Parser.builder().build().parse(markdown).accept(read.new Collector());
    return read;
  }

  List<String> texts(String kind, int level) {
    return blocks.stream()
        .filter(block -> block.kind().equals(kind) && block.level() == level)
        .map(Block::text)
        .toList();
  }

  private final class Collector extends AbstractVisitor {
    @Override
    public void visit(Heading heading) {
      blocks.add(new Block("heading", heading.getLevel(), textOf(heading)));
      visitChildren(heading);
    }

    @Override
    public void visit(Paragraph paragraph) {
      blocks.add(new Block("paragraph", 0, textOf(paragraph)));
      visitChildren(paragraph);
    }

    @Override
    public void visit(ListItem item) {
      listItems++;
      visitChildren(item);
    }

    @Override
    public void visit(StrongEmphasis strong) {
      strongs++;
      visitChildren(strong);
    }

    @Override
    public void visit(Link link) {
      linkDestinations.add(link.getDestination());
      visitChildren(link);
    }

    @Override
    public void visit(BulletList list) {
      visitChildren(list);
    }

    @Override
    public void visit(HtmlInline html) {
      unexpected.add("inline HTML " + html.getLiteral());
    }

    @Override
    public void visit(HtmlBlock html) {
      unexpected.add("HTML block " + html.getLiteral());
    }

    @Override
    public void visit(Image image) {
      unexpected.add("image " + image.getDestination());
    }

    @Override
    public void visit(BlockQuote quote) {
      unexpected.add("block quote");
    }

    @Override
    public void visit(ThematicBreak rule) {
      unexpected.add("thematic break");
    }

    @Override
    public void visit(OrderedList list) {
      unexpected.add("ordered list");
    }

    @Override
    public void visit(IndentedCodeBlock code) {
      unexpected.add("indented code " + code.getLiteral());
    }

    @Override
    public void visit(FencedCodeBlock code) {
      unexpected.add("fenced code " + code.getLiteral());
    }

    @Override
    public void visit(LinkReferenceDefinition definition) {
      unexpected.add("link reference definition " + definition.getLabel());
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
      unexpected.add("hard line break");
    }
  }

  private static String textOf(Node block) {
    StringBuilder out = new StringBuilder();
    appendText(block, out);
    return TrickyText.collapse(out.toString());
  }

  private static void appendText(Node node, StringBuilder out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text text) {
        out.append(text.getLiteral());
      } else if (child instanceof Code code) {
        out.append(code.getLiteral());
      } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
        out.append(' ');
      } else {
        appendText(child, out);
      }
    }
  }
}
