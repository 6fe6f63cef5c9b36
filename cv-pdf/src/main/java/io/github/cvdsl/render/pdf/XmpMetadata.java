package io.github.cvdsl.render.pdf;

import io.github.cvdsl.model.Cv;
import java.nio.charset.StandardCharsets;

/**
 * The PDF's XMP metadata, as PDF/UA asks for it: title, author, subject (the CV's label) and
 * language, and the PDF/UA identification with its extension schema. Written as fixed text so the
 * bytes never depend on the XML library on the class path.
 */
final class XmpMetadata {

  private XmpMetadata() {}

  static byte[] of(Cv cv) {
    String name = escape(cv.name());
    StringBuilder xmp = new StringBuilder(2048);
    xmp.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
        .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
        .append("  <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
        .append("    <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
        .append("      <dc:format>application/pdf</dc:format>\n")
        .append("      <dc:creator><rdf:Seq><rdf:li>").append(name).append("</rdf:li></rdf:Seq></dc:creator>\n")
        .append("      <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(name)
        .append("</rdf:li></rdf:Alt></dc:title>\n");
    cv.label()
        .ifPresent(
            label ->
                xmp.append("      <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">")
                    .append(escape(label))
                    .append("</rdf:li></rdf:Alt></dc:description>\n"));
    xmp.append("      <dc:language><rdf:Bag><rdf:li>").append(escape(cv.language()))
        .append("</rdf:li></rdf:Bag></dc:language>\n")
        .append("    </rdf:Description>\n")
        .append("    <rdf:Description rdf:about=\"\"")
        .append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
        .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"")
        .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
        .append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
        .append("      <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
        .append("        <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
        .append("        <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
        .append("        <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
        .append("        <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
        .append("          <pdfaProperty:name>part</pdfaProperty:name>\n")
        .append("          <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
        .append("          <pdfaProperty:category>internal</pdfaProperty:category>\n")
        .append("          <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n")
        .append("        </rdf:li></rdf:Seq></pdfaSchema:property>\n")
        .append("      </rdf:li></rdf:Bag></pdfaExtension:schemas>\n")
        .append("      <pdfuaid:part>1</pdfuaid:part>\n")
        .append("    </rdf:Description>\n")
        .append("  </rdf:RDF>\n")
        .append("</x:xmpmeta>\n")
        .append("<?xpacket end=\"w\"?>");
    return xmp.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.appendCodePoint(c);
              }
            });
    return escaped.toString();
  }
}
