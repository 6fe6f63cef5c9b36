package io.github.cvdsl.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cvdsl.model.CvDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

  @Test
  void readsEachPrecision() {
    assertEquals(Optional.of(new CvDate.OfYear(2004, false)), DateParser.parse("2004"));
    assertEquals(Optional.of(new CvDate.OfYear(2004, true)), DateParser.parse("~2004"));
    assertEquals(
        Optional.of(new CvDate.OfMonth(YearMonth.of(2019, 8), false)), DateParser.parse("2019-08"));
    assertEquals(
        Optional.of(new CvDate.OfDay(LocalDate.of(2024, 2, 29), false)),
        DateParser.parse("2024-02-29"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "19",
        "2019-8",
        "2019-13",
        "2019-00",
        "2023-02-29",
        "2019/08",
        "Aug 2019",
        "present",
        "~",
        "~~2004",
        " 2019",
        "2019-08-01T00:00",
        "２０１９"
      })
  void rejectsWhatIsNotADate(String text) {
    assertEquals(Optional.empty(), DateParser.parse(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-02-30 | February 2024 has 29 days",
        "2023-02-29 | February 2023 has 28 days",
        "2019-04-31 | April 2019 has 30 days",
        "2019-04-00 | April 2019 has 30 days",
        "2019-00    | there is no month 00, write a month from 01 to 12",
        "~2019-13   | there is no month 13, write a month from 01 to 12",
        "2019/08    | write yyyy, yyyy-MM or yyyy-MM-dd",
      })
  void saysWhyADateIsNone(String text, String reason) {
    String problem = DateParser.check("end", text).problem();
    assertTrue(
        problem.startsWith("[cvdsl:date] end \"" + text + "\" is not a date: " + reason), problem);
  }

  @Test
  void comparesAtThePrecisionBothHave() {
    assertTrue(DateParser.isBefore(date("2014-05"), date("2019-08")));
    assertTrue(DateParser.isBefore(date("2019-07"), date("2019-08")));
    assertTrue(DateParser.isBefore(date("2019-08-01"), date("2019-08-02")));
    assertFalse(DateParser.isBefore(date("2019"), date("2019-08")));
    assertFalse(DateParser.isBefore(date("2019-08"), date("2019-08-20")));
    assertFalse(DateParser.isBefore(date("2019-08"), date("2019-08")));
    assertTrue(DateParser.isBefore(date("2018"), date("2019-08-20")));
  }

  private static CvDate date(String text) {
    return DateParser.parse(text).orElseThrow();
  }
}
