package io.github.cvdsl.maven;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Serves the preview on the loopback address only, and tells every open page of each new version
 * through server-sent events ({@code /events}).
 */
final class PreviewServer implements AutoCloseable {
  /** How often an idle event stream gets a comment line, so a closed page is noticed. */
  private static final long HEARTBEAT_MILLIS = 10_000;

  private static final Set<String> LOCAL_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

  private final HttpServer server;
  private final ExecutorService threads;
  private final Function<String, Optional<String>> pages;
  private final Object versionLock = new Object();
  private long version;
  private boolean stopped;

  /**
   * @param port the port, or 0 for any free one
   * @param pages the page for a request path, if there is one
   * @throws PortInUseException if the port is taken
   */
  PreviewServer(int port, Function<String, Optional<String>> pages) throws IOException {
    this.pages = pages;
    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    try {
      server = HttpServer.create(address, 0);
    } catch (BindException e) {
      throw new PortInUseException(port, e);
    }
    AtomicInteger count = new AtomicInteger();
    threads =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "cvdsl-http-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(threads);
    server.createContext("/events", exchange -> ifLocal(exchange, this::events));
    server.createContext("/", exchange -> ifLocal(exchange, this::page));
  }

  void start() {
    server.start();
  }

  /** The address pages are served at, {@code http://localhost:<port>/}. */
  URI uri() {
    return URI.create("http://localhost:" + port() + "/");
  }

  int port() {
    return server.getAddress().getPort();
  }

  InetSocketAddress address() {
    return server.getAddress();
  }

  /** Tells every open page that {@code newVersion} is there to fetch. */
  void announce(long newVersion) {
    synchronized (versionLock) {
      version = newVersion;
      versionLock.notifyAll();
    }
  }

  /**
   * Answers only requests addressed to this machine by name: a web page elsewhere that points its
   * own host name at 127.0.0.1 (DNS rebinding) must not read the CV.
   */
  private static void ifLocal(HttpExchange exchange, HttpHandler handler) throws IOException {
    String host = exchange.getRequestHeaders().getFirst("Host");
    String name = host == null ? "" : host.replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
    if (LOCAL_NAMES.contains(name)) {
      handler.handle(exchange);
      return;
    }
    try (exchange) {
      byte[] body =
          "The preview answers only to localhost and 127.0.0.1".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
      exchange.sendResponseHeaders(403, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  private void page(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod())
          && !"HEAD".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      Optional<String> page = pages.apply(exchange.getRequestURI().getPath());
      byte[] body =
          page.orElse("Not found: the preview is at /").getBytes(StandardCharsets.UTF_8);
      exchange
          .getResponseHeaders()
          .set("Content-Type", (page.isPresent() ? "text/html" : "text/plain") + "; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      boolean head = "HEAD".equals(exchange.getRequestMethod());
      exchange.sendResponseHeaders(page.isPresent() ? 200 : 404, head ? -1 : body.length);
      if (!head) {
        exchange.getResponseBody().write(body);
      }
    }
  }

  private void events(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      // The current version at once: a page fetched just before an update still learns of it.
      long sent;
      synchronized (versionLock) {
        sent = version;
      }
      send(out, "retry: 500\nevent: version\ndata: " + sent + "\n\n");
      while (true) {
        long next;
        synchronized (versionLock) {
          long deadline = System.currentTimeMillis() + HEARTBEAT_MILLIS;
          while (!stopped && version == sent && System.currentTimeMillis() < deadline) {
            versionLock.wait(Math.max(1, deadline - System.currentTimeMillis()));
          }
          if (stopped) {
            return;
          }
          next = version;
        }
        if (next == sent) {
          send(out, ": still here\n\n");
        } else {
          sent = next;
          send(out, "event: version\ndata: " + sent + "\n\n");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException pageClosed) {
      // The page went away; nothing to do.
    }
  }

  private static void send(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @Override
  public void close() {
    synchronized (versionLock) {
      stopped = true;
      versionLock.notifyAll();
    }
    server.stop(0);
    threads.shutdownNow();
  }

  /** The port asked for is taken by another program. */
  static final class PortInUseException extends IOException {
    private static final long serialVersionUID = 1L;

    PortInUseException(int port, BindException cause) {
      super(
          "Port "
              + port
              + " on 127.0.0.1 is in use by another program: stop it, or choose another port,"
              + " e.g. mvn cvdsl:watch -Dcvdsl.port="
              + (port == 65535 ? port - 1 : port + 1),
          cause);
    }
  }
}
