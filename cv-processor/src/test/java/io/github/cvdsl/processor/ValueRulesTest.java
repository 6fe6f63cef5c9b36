package io.github.cvdsl.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The single-value checks tools reach: the processor's own messages, and none for a good value. */
class ValueRulesTest {

  @Test
  void goodValuesHaveNoProblem() {
    assertEquals(Optional.empty(), ValueRules.date("start", "~2019-08-31"));
    assertEquals(Optional.empty(), ValueRules.endBeforeStart("2019", "2019-08"));
    assertEquals(Optional.empty(), ValueRules.url("url", "https://example.org/パス"));
    assertEquals(Optional.empty(), ValueRules.email("email", "kura@example.org"));
    assertEquals(Optional.empty(), ValueRules.prose("summary", "**a** *b*\n\n`c` [d](https://e.org)"));
    assertEquals(Optional.empty(), ValueRules.inline("value", "a_b_ 50% C:\\dir"));
    assertEquals(Optional.empty(), ValueRules.countryCode("GB"));
    assertEquals(Optional.empty(), ValueRules.language("en-GB"));
  }

  @Test
  void badValuesGetTheProcessorsMessage() {
    assertEquals(
        Optional.of(
            "[cvdsl:date] start \"2019-13\" is not a date: there is no month 13, write a month"
                + " from 01 to 12"),
        ValueRules.date("start", "2019-13"));
    assertEquals(
        Optional.of(
            "[cvdsl:date-order] end \"2010\" is before start \"2012\": write the later date in end"),
        ValueRules.endBeforeStart("2012", "2010"));
    assertEquals(
        Optional.of(
            "[cvdsl:url] url \"/cv\" is not an absolute URL: write it with its scheme and host,"
                + " e.g. \"https://example.org\""),
        ValueRules.url("url", "/cv"));
    assertEquals(
        Optional.of(
            "[cvdsl:email] email \"kura\" is not an e-mail address: write name@domain, e.g."
                + " \"kura@example.org\""),
        ValueRules.email("email", "kura"));
    assertEquals(
        Optional.of(
            "[cvdsl:country] countryCode \"UK\" is not an ISO 3166-1 alpha-2 country code: write"
                + " two capital letters, e.g. \"GB\""),
        ValueRules.countryCode("UK"));
    assertEquals(
        Optional.of(
            "[cvdsl:language] language \"english\" is not a BCP 47 language tag: write e.g."
                + " \"en\" or \"en-GB\""),
        ValueRules.language("english"));
    assertEquals(true, ValueRules.prose("summary", "**open").orElseThrow().startsWith(
        "[cvdsl:markup] summary has bad inline markup: \"**\" at \"**open\" is never closed"));
    assertEquals(true, ValueRules.inline("value", "[x(y)").isPresent());
  }
}
