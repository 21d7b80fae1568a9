package org.tierdesk.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.0 requests to the {@link TierdeskServer} from a chosen loopback source address (Linux
 * routes all of 127.0.0.0/8 to the loopback interface), so that a test can be a trusted reverse
 * proxy ({@link TierdeskServer#TRUSTED_PROXY}) or some other client. Java's HTTP client cannot
 * choose its source address, hence this small one.
 */
public final class LoopbackHttp {

  private final String from;

  private LoopbackHttp(String from) {
    this.from = from;
  }

  /** Requests that come from this loopback address, e.g. {@code 127.0.0.3}. */
  public static LoopbackHttp from(String address) {
    return new LoopbackHttp(address);
  }

  public Reply get(String path, Map<String, String> headers) {
    return send("GET", path, headers, null);
  }

  public Reply post(String path, Map<String, String> headers, String formBody) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Content-Type", "application/x-www-form-urlencoded");
    return send("POST", path, all, formBody);
  }

  private Reply send(String method, String path, Map<String, String> headers, String body) {
    int port = TierdeskServer.baseUri().getPort();
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      socket.setSoTimeout(30_000);
      byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      StringBuilder request = new StringBuilder();
      request.append(method).append(' ').append(path).append(" HTTP/1.0\r\n");
      request.append("Host: localhost:").append(port).append("\r\n");
      headers.forEach(
          (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
      if (body != null) {
        request.append("Content-Length: ").append(content.length).append("\r\n");
      }
      request.append("Connection: close\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      return Reply.parse(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException("Request from " + from + " failed: " + method + " " + path, e);
    }
  }

  /** A parsed answer: status, headers (names in lower case), body. */
  public record Reply(int status, Map<String, List<String>> headers, String body) {

    public Optional<String> header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public List<String> all(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    static Reply parse(InputStream in) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      in.transferTo(bytes);
      String text = bytes.toString(StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      String head = end < 0 ? text : text.substring(0, end);
      String body = end < 0 ? "" : text.substring(end + 4);
      String[] lines = head.split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          headers
              .computeIfAbsent(
                  lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                  k -> new ArrayList<>())
              .add(lines[i].substring(colon + 1).strip());
        }
      }
      return new Reply(status, headers, body);
    }

    @Override
    public String toString() {
      return "HTTP " + status + " " + headers + " " + body;
    }
  }
}
