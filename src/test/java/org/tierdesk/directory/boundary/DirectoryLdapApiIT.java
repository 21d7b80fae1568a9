package org.tierdesk.directory.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tierdesk.testing.Api.json;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.TestDirectory;
import org.tierdesk.testing.TierdeskServer;

/**
 * Directory accounts end to end: the server signs people in against the test LDAP directory
 * (UnboundID, in this JVM), keeps their profiles, roles and lines, and syncs the directory on
 * demand. Passwords in the test directory are the login name followed by "-pass".
 *
 * <p>Failed logins count towards the per-address lock-out shared by every test of the run (50), so
 * each test here fails as few logins as it needs.
 */
@ExtendWith(TierdeskServer.class)
class DirectoryLdapApiIT {

  static final String TICKETS = "/api/v1/tickets";
  static final String ADMIN = "/api/v1/admin/directory";

  static Api ldap(String login) {
    return Api.as(login, login + "-pass");
  }

  static JsonObject person(String username) {
    Api.Answer page = Api.as("admin").get(ADMIN + "/people?size=5&name=" + username);
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("username").equals(username))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No person " + username + " in " + page.body()));
  }

  static String token() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  }

  /** Starts a sync and waits for its report. */
  static JsonObject sync() {
    Api.Answer started = Api.as("admin").post(ADMIN + "/sync", "");
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    long id = started.json().getJsonNumber("id").longValue();
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> Api.as("admin").get(ADMIN + "/sync").json(),
            report ->
                report.getJsonNumber("id").longValue() == id
                    && !report.getString("outcome").equals("RUNNING"));
  }

  static void addPerson(String login, String department, String title) {
    TestDirectory.add(
        "dn: cn=" + login + "," + TestDirectory.PEOPLE,
        "objectClass: top",
        "objectClass: person",
        "objectClass: inetOrgPerson",
        "objectClass: user",
        "cn: " + login,
        "sn: Test",
        "displayName: Test " + login,
        "sAMAccountName: " + login,
        "mail: " + login + "@tierdesk.test",
        "title: " + title,
        "department: " + department,
        "userAccountControl: 512",
        "userPassword: " + login + "-pass");
  }

  @Test
  void aDirectoryPasswordWorksOverHttpBasicAndTheProfileIsTakenOver() {
    Api.Answer tickets = ldap("anna").get(TICKETS + "?size=1");
    assertThat(tickets.status()).as(tickets.toString()).isEqualTo(200);

    JsonObject anna = person("anna");
    assertThat(anna.getString("source")).isEqualTo("LDAP");
    assertThat(anna.getString("displayName")).isEqualTo("Anna Petrova");
    assertThat(anna.getString("department")).isEqualTo("IT Service Desk");
    assertThat(anna.getString("title")).isEqualTo("Service desk agent");
    assertThat(anna.getBoolean("active")).isTrue();
    assertThat(anna.getJsonArray("roles").toString()).contains("AGENT").contains("REQUESTER");
  }

  @Test
  void wrongAndEmptyPasswordsAreRefused() {
    assertThat(Api.as("carmen", "anna-pass").get(TICKETS).status()).isEqualTo(401);
    // An empty password would be an anonymous bind, which LDAP servers accept.
    assertThat(Api.as("carmen", "").get(TICKETS).status()).isEqualTo(401);
  }

  @Test
  void aDisabledAccountCannotSignIn() {
    assertThat(ldap("frank").get(TICKETS).status()).isEqualTo(401);
  }

  @ParameterizedTest
  @ValueSource(strings = {"al*", "*)(sAMAccountName=*))(|(sAMAccountName=*"})
  void wildcardsAndFilterSyntaxDoNotSignSomeoneElseIn(String name) {
    Api.Answer answer = Api.as(name, "alice-pass").get(TICKETS);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
    assertThat(answer.body()).doesNotContain("Exception");
  }

  @Test
  void aNestedGroupMakesAnAgentOfLineTwo() {
    // boris is in HD-Desktop only; HD-Desktop is a member of HD-Line2.
    JsonObject ticket =
        Api.as("employee")
            .post(TICKETS, json("subject", "Printer jam " + token(), "description", "Tray 2"))
            .json();
    String path = TICKETS + "/" + ticket.getJsonNumber("id").longValue();
    assertThat(
            Api.as("line1")
                .post(path + "/escalations", json("reason", "Hardware", "tried", "Reset"))
                .status())
        .isEqualTo(200);

    Api.Answer seen = ldap("boris").get(path);
    assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
    Api.Answer escalated =
        ldap("boris").post(path + "/escalations", json("reason", "Board fault", "tried", "Parts"));
    assertThat(escalated.status()).as("boris works in line 2: " + escalated).isEqualTo(200);
    assertThat(escalated.json().getString("line")).isEqualTo("L3");
    assertThat(person("boris").getJsonArray("roles").toString()).contains("AGENT");
  }

  @Test
  void aMappingChangeTakesEffectAtTheNextSignIn() {
    // dmitri is in HD-Network, nested in HD-Line3: an agent. Map HD-Network to admin as well.
    assertThat(ldap("dmitri").get(ADMIN + "/mappings").status()).isEqualTo(403);
    Api.Answer created =
        Api.as("admin")
            .post(
                ADMIN + "/mappings",
                json("source", "LDAP", "groupName", "HD-Network", "role", "ADMIN"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    try {
      Api.Answer asAdmin = ldap("dmitri").get(ADMIN + "/mappings");
      assertThat(asAdmin.status()).as(asAdmin.toString()).isEqualTo(200);
      assertThat(asAdmin.body()).contains("HD-Network");
    } finally {
      assertThat(
              Api.as("admin")
                  .send(Api.as("admin").request(ADMIN + "/mappings/" + id).DELETE())
                  .status())
          .isEqualTo(204);
    }
    assertThat(ldap("dmitri").get(ADMIN + "/mappings").status()).isEqualTo(403);
    assertThat(Api.as("admin").get(ADMIN + "/audit").body())
        .contains("\"subject\":\"mapping\"")
        .contains("\"action\":\"CREATE\"")
        .contains("\"action\":\"DELETE\"");
  }

  @Test
  void mappingsAreValidated() {
    Api admin = Api.as("admin");
    Api.Answer noGroup =
        admin.post(ADMIN + "/mappings", json("source", "LDAP", "groupName", " ", "role", "AGENT"));
    assertThat(noGroup.status()).isEqualTo(400);
    assertThat(noGroup.json().getString("field")).isEqualTo("groupName");
    Api.Answer lineForAdmin =
        admin.post(
            ADMIN + "/mappings",
            json("source", "LDAP", "groupName", "X", "role", "ADMIN", "lineCode", "L1"));
    assertThat(lineForAdmin.json().getString("field")).isEqualTo("lineCode");
    Api.Answer unknownLine =
        admin.post(
            ADMIN + "/mappings",
            json("source", "LDAP", "groupName", "X", "role", "AGENT", "lineCode", "L9"));
    assertThat(unknownLine.json().getString("field")).isEqualTo("lineCode");
    Api.Answer local =
        admin.post(ADMIN + "/mappings", json("source", "LOCAL", "groupName", "X", "role", "AGENT"));
    assertThat(local.json().getString("field")).isEqualTo("source");
    Api.Answer duplicate =
        admin.post(
            ADMIN + "/mappings",
            json("source", "LDAP", "groupName", "hd-line2", "role", "AGENT", "lineCode", "L2"));
    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(duplicate.json().getString("field")).isEqualTo("groupName");
    JsonObject first =
        admin.get(ADMIN + "/mappings").array().getValuesAs(JsonObject.class).stream()
            .filter(m -> m.getString("groupName").equals("HD-Line1"))
            .filter(m -> m.getString("source").equals("LDAP"))
            .findFirst()
            .orElseThrow();
    Api.Answer stale =
        admin.send(
            admin
                .request(ADMIN + "/mappings/" + first.getJsonNumber("id"))
                .header("Content-Type", "application/json")
                .PUT(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        json(
                                "source", "LDAP",
                                "groupName", "HD-Line1",
                                "role", "AGENT",
                                "lineCode", "L1",
                                "version", first.getJsonNumber("version").longValue() + 7)
                            .toString())));
    assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
  }

  @Test
  void aLocalAccountIsNeverTakenOverByTheDirectory() {
    // The directory has an "employee" too, with another password.
    assertThat(Api.as("employee", "employee-pass").get(TICKETS).status()).isEqualTo(401);
    assertThat(Api.as("employee").get(TICKETS).status()).isEqualTo(200);
    assertThat(person("employee").getString("source")).isEqualTo("LOCAL");
  }

  @Test
  void repeatedFailuresLockADirectoryAccountOut() {
    String target = "lock" + token();
    addPerson(target, "Sales", "Clerk");
    assertThat(ldap(target).get(TICKETS).status()).isEqualTo(200);
    for (int i = 0; i < 5; i++) {
      assertThat(Api.as(target, "guess-" + i).get(TICKETS).status()).isEqualTo(401);
    }
    assertThat(ldap(target).get(TICKETS).status())
        .as("the right password is refused while the account is locked (429 with Retry-After)")
        .isEqualTo(429);
  }

  @Test
  void theSyncCreatesUpdatesAndDeactivatesKeepingTickets() {
    String newcomer = "new" + token();
    String leaver = "gone" + token();
    String disabled = "off" + token();
    addPerson(newcomer, "Logistics " + newcomer, "Driver");
    addPerson(leaver, "Logistics " + newcomer, "Dispatcher");
    addPerson(disabled, "Logistics " + newcomer, "Loader");
    JsonObject ticket =
        ldap(leaver)
            .post(TICKETS, json("subject", "Scanner " + leaver, "description", "Broken"))
            .json();
    String path = TICKETS + "/" + ticket.getJsonNumber("id").longValue();

    JsonObject first = sync();
    assertThat(person(disabled).getBoolean("active")).isTrue();
    assertThat(first.getString("outcome")).isIn("SUCCEEDED", "PARTIAL");
    assertThat(first.getInt("created")).isGreaterThanOrEqualTo(1);
    assertThat(first.getString("message", "")).contains("employee");
    assertThat(person(newcomer).getString("department")).isEqualTo("Logistics " + newcomer);
    assertThat(person(newcomer).getString("source")).isEqualTo("LDAP");

    TestDirectory.modify(
        "dn: cn=" + newcomer + "," + TestDirectory.PEOPLE,
        "changetype: modify",
        "replace: title",
        "title: Senior driver");
    TestDirectory.delete("cn=" + leaver + "," + TestDirectory.PEOPLE);
    TestDirectory.modify(
        "dn: cn=" + disabled + "," + TestDirectory.PEOPLE,
        "changetype: modify",
        "replace: userAccountControl",
        "userAccountControl: 514");

    JsonObject second = sync();
    assertThat(second.getInt("updated")).isGreaterThanOrEqualTo(1);
    assertThat(second.getInt("deactivated")).isGreaterThanOrEqualTo(2);
    assertThat(person(newcomer).getString("title")).isEqualTo("Senior driver");
    assertThat(person(leaver).getBoolean("active")).isFalse();
    assertThat(person(disabled).getBoolean("active")).as("disabled in the directory").isFalse();
    assertThat(Api.as("admin").get(ADMIN + "/people?name=frank").json().getInt("total"))
        .as("a disabled account the directory had from the start is not imported")
        .isZero();

    assertThat(ldap(leaver).get(TICKETS).status()).isEqualTo(401);
    Api.Answer kept = Api.as("line1").get(path);
    assertThat(kept.status()).as("the leaver's ticket stays").isEqualTo(200);
    assertThat(kept.json().getString("requester")).isEqualTo(leaver);
  }

  @Test
  void theSyncIsForAdminsOnly() {
    assertThat(ldap("anna").post(ADMIN + "/sync", "").status()).isEqualTo(403);
    assertThat(Api.as("line1").get(ADMIN + "/sync").status()).isEqualTo(403);
  }

  @Test
  void peopleAndUnitsArePagedAndFiltered() {
    ldap("carmen").get(TICKETS + "?size=1");
    Api.Answer ldapPeople = Api.as("admin").get(ADMIN + "/people?source=LDAP&size=2&page=0");
    assertThat(ldapPeople.status()).as(ldapPeople.toString()).isEqualTo(200);
    List<JsonObject> items = ldapPeople.json().getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(items)
        .hasSizeLessThanOrEqualTo(2)
        .allMatch(p -> p.getString("source").equals("LDAP"));
    assertThat(ldapPeople.json().getInt("total")).isGreaterThanOrEqualTo(1);
    Api.Answer local = Api.as("admin").get(ADMIN + "/people?source=LOCAL&name=admin");
    assertThat(local.body()).contains("\"username\":\"admin\"");
    Api.Answer units = Api.as("admin").get(ADMIN + "/units?size=50");
    assertThat(units.body()).contains("IT Infrastructure");
    assertThat(Api.as("admin").get(ADMIN + "/people?size=0").status()).isEqualTo(400);
  }

  @Test
  void aRequesterMaySeeTheirDepartmentsTicketsWhereConfigured() {
    // emma and alice are both in Finance.
    JsonObject ticket =
        ldap("alice")
            .post(TICKETS, json("subject", "Budget sheet " + token(), "description", "Locked"))
            .json();
    long id = ticket.getJsonNumber("id").longValue();
    String path = TICKETS + "/" + id;
    assertThat(
            Api.as("line1")
                .post(path + "/replies", json("body", "Secret note", "internal", true))
                .status())
        .isEqualTo(201);
    ldap("emma").get(TICKETS + "?size=1");
    String setting = "/api/v1/test-support/department-tickets";
    assertThat(ldap("emma").get(path).status()).as("off by default").isEqualTo(403);
    try {
      Api.as("admin")
          .send(
              Api.as("admin")
                  .request(setting)
                  .header("Content-Type", "application/json")
                  .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"enabled\":true}")));
      assertThat(ldap("emma").get(path).status()).isEqualTo(200);
      assertThat(ldap("emma").get(TICKETS + "?size=100").body())
          .contains(ticket.getString("subject"));
      assertThat(ldap("emma").get(path + "/history").body()).doesNotContain("Secret note");
      assertThat(ldap("emma").post(path + "/replies", json("body", "Me too")).status())
          .as("read-only")
          .isEqualTo(403);
      assertThat(Api.as("line1").get(path).status())
          .as("the first line works on it anyway")
          .isEqualTo(200);
      assertThat(Api.as("employee").get(TICKETS + "?size=100").body())
          .as("a requester of no department")
          .doesNotContain(ticket.getString("subject"));
    } finally {
      Api.as("admin").send(Api.as("admin").request(setting).DELETE());
    }
    assertThat(ldap("emma").get(path).status()).isEqualTo(403);
  }
}
