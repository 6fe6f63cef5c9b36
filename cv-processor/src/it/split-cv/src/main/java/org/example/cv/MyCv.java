package org.example.cv;

import io.github.cvdsl.Cv;
import org.example.cv.side.Projects;
import org.example.cv.work.Experience;
import org.example.cv.work.Schooling;

/** The person; the sections live in other files and packages, in the order listed here. */
@Cv(
    name = "Ada Example",
    sections = {Experience.class, Projects.class, Schooling.class})
public interface MyCv {}
