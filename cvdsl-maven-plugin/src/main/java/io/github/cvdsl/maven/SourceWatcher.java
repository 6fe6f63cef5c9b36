package io.github.cvdsl.maven;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Tells of every change to a Java source below the given folders: a save, a new file, a deleted
 * or renamed one, a folder moved. Uses the operating system's own notifications (on macOS too,
 * where the JDK's {@code WatchService} polls every few seconds).
 */
final class SourceWatcher implements AutoCloseable {
  private final DirectoryWatcher watcher;
  private final ExecutorService thread;

  /**
   * @param roots the folders to watch, with everything below them; each must exist
   * @param onChange called, on the watcher's thread, with the changed path (or null when the
   *     system lost track of events and everything may have changed)
   */
  SourceWatcher(List<Path> roots, java.util.function.Consumer<Path> onChange) throws IOException {
    this.watcher =
        DirectoryWatcher.builder()
            .paths(roots)
            // Whole files are read by the compiler anyway; hashing each save would read it twice.
            .fileHashing(false)
            .listener(
                event -> {
                  if (concernsSources(event)) {
                    onChange.accept(event.path());
                  }
                })
            .build();
    this.thread =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread t = new Thread(task, "cvdsl-watcher");
              t.setDaemon(true);
              return t;
            });
  }

  void start() {
    watcher.watchAsync(thread);
  }

  private static boolean concernsSources(DirectoryChangeEvent event) {
    if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || event.path() == null) {
      return true;
    }
    String name = String.valueOf(event.path().getFileName());
    // A folder created, deleted or renamed may hold sources; an editor's backup file does not.
    return name.endsWith(".java") || event.isDirectory() || !Files.isRegularFile(event.path())
        && !name.contains(".");
  }

  @Override
  public void close() throws IOException {
    try {
      watcher.close();
    } finally {
      thread.shutdownNow();
    }
  }
}
