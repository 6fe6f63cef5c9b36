package org.example.cv;

import io.github.cvdsl.Cv;
import io.github.cvdsl.Job;
import io.github.cvdsl.Section;

@Cv(name = "Ada Example", website = "example.org")
public interface MyCv {

  @Section("Experience")
  interface Experience {

    @Job(
        organisation = "Example Ltd",
        position = "Engineer",
        start = "2019-13",
        summary = "Builds the **delivery pipeline.")
    interface ExampleLtd {}
  }
}
