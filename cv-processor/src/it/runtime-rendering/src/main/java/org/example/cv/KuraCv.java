package org.example.cv;

import io.github.cvdsl.Cv;
import io.github.cvdsl.Job;
import io.github.cvdsl.Section;

@Cv(name = "Kura", label = "Engineer")
public interface KuraCv {

  @Section("Experience")
  interface Experience {

    @Job(organisation = "BBC", position = "Engineer", start = "2019-08", end = "present")
    interface Bbc {}
  }
}
