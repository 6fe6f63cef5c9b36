package io.github.cvdsl.render;

import io.github.cvdsl.model.Award;
import io.github.cvdsl.model.Certificate;
import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.CvDate;
import io.github.cvdsl.model.Dates;
import io.github.cvdsl.model.Education;
import io.github.cvdsl.model.Entry;
import io.github.cvdsl.model.Highlight;
import io.github.cvdsl.model.HighlightGroup;
import io.github.cvdsl.model.Interest;
import io.github.cvdsl.model.Job;
import io.github.cvdsl.model.Language;
import io.github.cvdsl.model.Location;
import io.github.cvdsl.model.Profile;
import io.github.cvdsl.model.Project;
import io.github.cvdsl.model.Publication;
import io.github.cvdsl.model.Reference;
import io.github.cvdsl.model.Section;
import io.github.cvdsl.model.Skill;
import io.github.cvdsl.model.Text;
import io.github.cvdsl.model.Url;
import io.github.cvdsl.model.Volunteer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A CV that is not the seed: the shape of JSON Resume's own sample, one entry of every kind. */
final class StrangerCv {

  private StrangerCv() {}

  static Cv cv() {
    return new Cv(
        "Richard Hendriks",
        Optional.of("Programmer"),
        Optional.of("richard.hendriks@mail.com"),
        Optional.of("(912) 555-4321"),
        Optional.of(new Url("http://richardhendricks.example.com")),
        Optional.of(
            new Location(
                Optional.of("2712 Broadway St"),
                Optional.of("CA 94115"),
                Optional.of("San Francisco"),
                Optional.of("California"),
                Optional.of("US"))),
        paragraphs(
            "Richard hails from Tulsa. He has earned degrees from the University of Oklahoma and"
                + " Stanford. (Go Sooners and Cardinal!) Before starting Pied Piper, he worked for"
                + " Hooli as a part time software developer."),
        List.of(
            new Profile("Twitter", Optional.of("neutralthoughts"), new Url("https://twitter.com/neutralthoughts")),
            new Profile("SoundCloud", Optional.of("dandymusicnl"), new Url("https://soundcloud.example.com/dandymusicnl"))),
        List.of(
            section(
                "Work",
                new Job(
                    "Pied Piper",
                    "CEO/President",
                    new Dates.Range(month(2013, 12), month(2014, 12)),
                    Optional.of("Palo Alto, CA"),
                    Optional.of(new Url("http://piedpiper.example.com")),
                    Optional.of("Awesome compression company"),
                    paragraphs("Pied Piper is a multi-platform technology based on a proprietary"
                        + " universal compression algorithm that has consistently fielded high Weisman"
                        + " Scores™ that are not merely competitive, but approach the theoretical limit"
                        + " of lossless compression."),
                    bullets("Build an algorithm for artist to detect if their music was violating"
                        + " copy right infringement laws", "Successfully won Techcrunch Disrupt",
                        "Optimized an algorithm that holds the current world record for Weisman Scores"))),
            section(
                "Volunteer",
                new Volunteer(
                    "CoderDojo",
                    "Teacher",
                    new Dates.Range(month(2012, 1), month(2013, 1)),
                    Optional.of(new Url("http://coderdojo.example.com/")),
                    paragraphs("Global movement of free coding clubs for young people."),
                    bullets("Awarded 'Teacher of the Month'"))),
            section(
                "Education",
                new Education(
                    "University of Oklahoma",
                    Optional.of("Information Technology"),
                    Optional.of("Bachelor"),
                    new Dates.Range(month(2011, 6), month(2014, 1)),
                    Optional.of("4.0"),
                    List.of("DB1101 - Basic SQL", "CS2011 - Java Introduction"),
                    Optional.of(new Url("https://www.ou.edu/")),
                    List.of(),
                    List.of())),
            section(
                "Awards",
                new Award(
                    "Digital Compression Pioneer Award",
                    Optional.of(month(2014, 11)),
                    Optional.of("Techcrunch"),
                    paragraphs("There is no spoon."),
                    List.of())),
            section(
                "Certificates",
                new Certificate(
                    "Certified Kubernetes Administrator",
                    Optional.of(new CvDate.OfDay(LocalDate.of(2021, 11, 7), false)),
                    Optional.of("CNCF"),
                    Optional.empty(),
                    List.of())),
            section(
                "Publications",
                new Publication(
                    "Video compression for 3d media",
                    Optional.of("Hooli"),
                    Optional.of(month(2014, 10)),
                    Optional.of(new Url("http://en.wikipedia.org/wiki/Silicon_Valley_(TV_series)")),
                    paragraphs("Innovative middle-out compression algorithm that changes the way we"
                        + " store data."),
                    List.of())),
            section(
                "Skills",
                new Skill(
                    "Web Development",
                    Optional.of("Master"),
                    List.of("HTML", "CSS", "Javascript"),
                    List.of(),
                    List.of()),
                new Skill(
                    "Compression",
                    Optional.of("Master"),
                    List.of("Mpeg", "MP4", "GIF"),
                    List.of(),
                    List.of())),
            section("Languages", new Language("English", Optional.of("Native speaker"), List.of())),
            section("Interests", new Interest("Wildlife", List.of("Ferrets", "Unicorns"), List.of())),
            section(
                "References",
                new Reference(
                    "Erlich Bachman",
                    paragraphs("It is my pleasure to recommend Richard, his performance working as a"
                        + " consultant for Main St. Company proved that he will be a valuable addition"
                        + " to any company."),
                    List.of())),
            section(
                "Projects",
                new Project(
                    "Miss Direction",
                    List.of("Team Lead"),
                    Optional.of("Hooli"),
                    Optional.of("application"),
                    new Dates.Range(month(2016, 8), month(2016, 8)),
                    Optional.of(new Url("http://missdirection.example.com")),
                    paragraphs("A mapping engine that misguides you."),
                    List.of("GoogleMaps", "Chrome Extension", "Javascript"),
                    bullets("Won award at AIHacks 2016", "Built by all women team of newbie programmers")))),
        "en");
  }

  private static Section section(String title, Entry... entries) {
    return new Section(title, List.of(), List.of(), List.of(entries));
  }

  private static List<Text> paragraphs(String text) {
    return List.of(Text.plain(text));
  }

  private static List<HighlightGroup> bullets(String... texts) {
    return List.of(
        new HighlightGroup(
            Optional.empty(),
            java.util.Arrays.stream(texts).map(t -> new Highlight(Text.plain(t), List.of())).toList()));
  }

  private static CvDate month(int year, int month) {
    return CvFixtures.month(year, month);
  }
}
