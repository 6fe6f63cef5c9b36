package org.example.cv.side;

import io.github.cvdsl.Project;
import io.github.cvdsl.Section;

@Section(value = "Projects", summary = "Things I build in the evenings.")
public interface Projects {

  @Project(name = "Pelican", roles = "Contributor", url = "https://example.org/pelican")
  interface Pelican {}
}
