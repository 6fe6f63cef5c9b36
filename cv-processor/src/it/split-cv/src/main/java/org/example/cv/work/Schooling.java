package org.example.cv.work;

import io.github.cvdsl.Education;
import io.github.cvdsl.Section;

@Section("Education")
public interface Schooling {

  @Education(
      institution = "Example University",
      area = "Computer Science",
      start = "2008",
      end = "2011")
  interface University {}
}
