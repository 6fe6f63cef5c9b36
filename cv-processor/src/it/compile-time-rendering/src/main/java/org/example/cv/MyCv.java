package org.example.cv;

import io.github.cvdsl.Cv;
import io.github.cvdsl.Highlight;
import io.github.cvdsl.Job;
import io.github.cvdsl.Profile;
import io.github.cvdsl.Section;

@Cv(
    name = "Ada Example",
    label = "Engineer",
    website = "https://example.org",
    language = "en-GB",
    profiles = @Profile(network = "GitHub", username = "ada", url = "https://github.com/ada"))
public interface MyCv {

  @Section("Experience")
  interface Experience {

    @Job(
        organisation = "Example Ltd",
        position = "Engineer",
        start = "2019-08",
        end = "present",
        summary = "Builds the **delivery** pipeline & keeps <it> running.")
    @Highlight("Cut build times in half.")
    interface ExampleLtd {}
  }
}
