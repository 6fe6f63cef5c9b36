package org.example.cv.work;

import io.github.cvdsl.Highlight;
import io.github.cvdsl.Job;
import io.github.cvdsl.Section;

@Section("Experience")
public interface Experience {

  @Job(organisation = "Example Ltd", position = "Engineer", start = "2019-08", end = "present")
  @Highlight("Second employer, listed first.")
  interface ExampleLtd {}

  @Job(organisation = "First Co", position = "Developer", start = "2012", end = "2019-07")
  interface FirstCo {}
}
