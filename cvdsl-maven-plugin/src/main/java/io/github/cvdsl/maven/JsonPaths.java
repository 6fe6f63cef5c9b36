package io.github.cvdsl.maven;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON paths the schema validator reports ({@code $.work[0].startDate}, {@code $['x-y']}). */
final class JsonPaths {
  private JsonPaths() {}

  /**
   * Takes the value at {@code path} out of {@code document}: a field is removed, an array item set
   * to null (which the import skips), so that the paths of the others stay true.
   *
   * @return false when the path is not one this reads, or names the document itself
   */
  static boolean remove(JsonNode document, String path) {
    List<Object> segments = segments(path);
    if (segments == null || segments.isEmpty()) {
      return false;
    }
    JsonNode parent = document;
    for (Object segment : segments.subList(0, segments.size() - 1)) {
      parent = segment instanceof Integer index ? parent.path(index) : parent.path((String) segment);
    }
    Object last = segments.get(segments.size() - 1);
    if (last instanceof Integer index && parent instanceof ArrayNode array && index < array.size()) {
      array.set(index, array.nullNode());
      return true;
    }
    if (last instanceof String name && parent instanceof ObjectNode object && object.has(name)) {
      object.remove(name);
      return true;
    }
    return false;
  }

  /** The names and indexes of a path, or null when it is not written as this class reads. */
  static List<Object> segments(String path) {
    if (!path.startsWith("$")) {
      return null;
    }
    List<Object> segments = new ArrayList<>();
    int i = 1;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        int end = i + 1;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        segments.add(path.substring(i + 1, end));
        i = end;
      } else if (path.startsWith("['", i)) {
        int end = path.indexOf("']", i + 2);
        if (end < 0) {
          return null;
        }
        segments.add(path.substring(i + 2, end).replace("\\'", "'"));
        i = end + 2;
      } else if (c == '[') {
        int end = path.indexOf(']', i);
        if (end < 0) {
          return null;
        }
        try {
          segments.add(Integer.parseInt(path.substring(i + 1, end)));
        } catch (NumberFormatException e) {
          return null;
        }
        i = end + 1;
      } else {
        return null;
      }
    }
    return segments;
  }
}
