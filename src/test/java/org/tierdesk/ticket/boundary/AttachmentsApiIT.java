package org.tierdesk.ticket.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.testing.Api.json;

import jakarta.json.JsonObject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.TierdeskServer;

/**
 * Attachments over REST: the bytes come back exactly as sent, downloads cannot be sniffed into
 * something executable, and the size limit (1 MiB on the test server, {@link
 * TierdeskServer#ATTACHMENT_LIMIT_BYTES}) is enforced with a clear message.
 */
@ExtendWith(TierdeskServer.class)
class AttachmentsApiIT {

  @Test
  void uploadAndDownloadRoundTrip() {
    String ticket = openTicket("employee");
    byte[] content = randomBytes(300_000);

    Api.Answer uploaded =
        Api.as("employee")
            .post(ticket + "/attachments?name=screen%20shot.png", content, "image/png");

    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    JsonObject attachment = uploaded.json();
    assertThat(attachment.getString("fileName")).isEqualTo("screen shot.png");
    assertThat(attachment.getString("contentType")).isEqualTo("image/png");
    assertThat(attachment.getJsonNumber("size").longValue()).isEqualTo(content.length);
    assertThat(attachment.getString("uploadedBy")).isEqualTo("employee");
    String location = uploaded.header("Location").orElseThrow();
    assertThat(location).endsWith(ticket + "/attachments/" + attachment.getInt("id"));

    Api.Answer downloaded = Api.as("line1").get(ticket + "/attachments/" + attachment.getInt("id"));

    assertThat(downloaded.status()).isEqualTo(200);
    assertThat(sha256(downloaded.bytes())).isEqualTo(sha256(content));
    assertThat(downloaded.bytes()).isEqualTo(content);
    assertThat(downloaded.header("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("image/png"));
    assertThat(downloaded.header("Content-Disposition"))
        .hasValue("attachment; filename*=UTF-8''screen%20shot.png");
    assertThat(downloaded.header("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void listsAttachmentsOfTheTicket() {
    String ticket = openTicket("employee");
    Api.as("employee").post(ticket + "/attachments?name=a.txt", "a".getBytes(), "text/plain");
    Api.as("line1").post(ticket + "/attachments?name=b.log", "bb".getBytes(), "text/plain");

    List<JsonObject> listed =
        Api.as("employee").get(ticket + "/attachments").array().getValuesAs(JsonObject.class);

    assertThat(listed).extracting(a -> a.getString("fileName")).containsExactly("a.txt", "b.log");
  }

  @Test
  void pathsAndOddCharactersInNamesAreDropped() {
    String ticket = openTicket("employee");

    Api.Answer uploaded =
        Api.as("employee")
            .post(
                ticket + "/attachments?name=..%2F..%2Fetc%2Fpasswd",
                "root".getBytes(),
                "text/plain");

    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    assertThat(uploaded.json().getString("fileName")).isEqualTo("passwd");
  }

  @Test
  void htmlIsOfferedAsDownloadNotRendered() {
    String ticket = openTicket("employee");
    byte[] page = "<script>alert(1)</script>".getBytes();
    int id =
        Api.as("employee")
            .post(ticket + "/attachments?name=page.html", page, "text/html")
            .json()
            .getInt("id");

    Api.Answer downloaded = Api.as("line1").get(ticket + "/attachments/" + id);

    assertThat(downloaded.header("Content-Disposition"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("attachment;"));
    assertThat(downloaded.header("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void fileAboveTheLimitIs413WithAClearDetailAndStoresNothing() {
    String ticket = openTicket("employee");
    byte[] tooLarge = randomBytes((int) TierdeskServer.ATTACHMENT_LIMIT_BYTES + 1);

    Api.Answer refused =
        Api.as("employee").post(ticket + "/attachments?name=video.mp4", tooLarge, "video/mp4");

    assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
    assertThat(refused.json().getString("field")).isEqualTo("file");
    assertThat(refused.detail()).contains("too large").contains("1 MB");
    assertThat(Api.as("employee").get(ticket + "/attachments").array()).isEmpty();
    assertThat(Api.as("line1").get(ticket + "/history").array()).hasSize(1);
  }

  @Test
  void fileOfExactlyTheLimitIsAccepted() {
    String ticket = openTicket("employee");
    byte[] atLimit = randomBytes((int) TierdeskServer.ATTACHMENT_LIMIT_BYTES);

    Api.Answer uploaded =
        Api.as("employee")
            .post(ticket + "/attachments?name=limit.bin", atLimit, "application/octet-stream");

    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
  }

  @Test
  void emptyFileOrMissingNameIs400() {
    String ticket = openTicket("employee");

    Api.Answer empty =
        Api.as("employee").post(ticket + "/attachments?name=empty.txt", new byte[0], "text/plain");
    Api.Answer nameless =
        Api.as("employee").post(ticket + "/attachments", "x".getBytes(), "text/plain");

    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.detail()).contains("empty.txt");
    assertThat(nameless.status()).isEqualTo(400);
    assertThat(nameless.json().getString("field")).isEqualTo("file");
  }

  @Test
  void closedTicketRefusesAttachments() {
    String ticket = openTicket("employee");
    Api.as("line1").post(ticket + "/transitions", json("to", "RESOLVED"));
    Api.as("employee").post(ticket + "/transitions", json("to", "CLOSED"));

    Api.Answer refused =
        Api.as("employee")
            .post(ticket + "/attachments?name=late.txt", "late".getBytes(), "text/plain");

    assertThat(refused.status()).isEqualTo(409);
  }

  @Test
  void requesterCannotDownloadFromSomeoneElsesTicket() {
    String ticket = openTicket("line2");
    int id =
        Api.as("line2")
            .post(ticket + "/attachments?name=private.txt", "private".getBytes(), "text/plain")
            .json()
            .getInt("id");

    assertThat(Api.as("employee").get(ticket + "/attachments/" + id).status()).isEqualTo(403);
  }

  @Test
  void attachmentOfAnotherTicketIsNotFound() {
    String first = openTicket("employee");
    String second = openTicket("employee");
    int id =
        Api.as("employee")
            .post(first + "/attachments?name=one.txt", "one".getBytes(), "text/plain")
            .json()
            .getInt("id");

    assertThat(Api.as("employee").get(second + "/attachments/" + id).status()).isEqualTo(404);
  }

  private static String openTicket(String user) {
    Api.Answer created =
        Api.as(user).post("/api/v1/tickets", json("subject", "Attachments", "description", "d"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return "/api/v1/tickets/" + created.json().getJsonNumber("id").longValue();
  }

  private static byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
