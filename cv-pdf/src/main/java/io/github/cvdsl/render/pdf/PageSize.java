package io.github.cvdsl.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import io.github.cvdsl.render.RenderException;
import java.util.Locale;

/** The paper a PDF is laid out on, chosen by the format option {@value PdfRenderer#PAGE_OPTION}. */
public enum PageSize {
  /** ISO A4, 210 × 297 mm: the default. */
  A4(210f, 297f, PageSizeUnits.MM),
  /** US Letter, 8.5 × 11 in. */
  LETTER(8.5f, 11f, PageSizeUnits.INCHES);

  private final float width;
  private final float height;
  private final PageSizeUnits units;

  PageSize(float width, float height, PageSizeUnits units) {
    this.width = width;
    this.height = height;
    this.units = units;
  }

  /** The name users write in the option: {@code a4} or {@code letter}. */
  public String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The page size named {@code value}, in any case.
   *
   * @param value {@code a4} or {@code letter}
   * @return the page size
   * @throws RenderException if no page size is called {@code value}; the message names the option
   */
  public static PageSize parse(String value) {
    String name = value.strip().toUpperCase(Locale.ROOT);
    for (PageSize size : values()) {
      if (size.name().equals(name)) {
        return size;
      }
    }
    throw new RenderException(
        "the PDF page size '"
            + value
            + "' (format option "
            + PdfRenderer.PAGE_OPTION
            + ", -Acvdsl."
            + PdfRenderer.PAGE_OPTION
            + ") is not known: write a4 or letter");
  }

  float width() {
    return width;
  }

  float height() {
    return height;
  }

  PageSizeUnits units() {
    return units;
  }
}
