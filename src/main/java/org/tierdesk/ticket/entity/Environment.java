package org.tierdesk.ticket.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.tierdesk.platform.errors.InvalidInput;

/** What the requester says about where the problem happens. Every part is optional. */
@Embeddable
public class Environment {

  static final int MAX = 200;
  static final int MAX_VERSION = 100;

  @Column(name = "env_os", length = MAX)
  private String operatingSystem;

  @Column(name = "env_browser", length = MAX)
  private String browser;

  @Column(name = "env_application", length = MAX)
  private String application;

  @Column(name = "env_app_version", length = MAX_VERSION)
  private String applicationVersion;

  protected Environment() {}

  public Environment(
      String operatingSystem, String browser, String application, String applicationVersion) {
    this.operatingSystem = clean("environment.os", operatingSystem, MAX);
    this.browser = clean("environment.browser", browser, MAX);
    this.application = clean("environment.application", application, MAX);
    this.applicationVersion =
        clean("environment.applicationVersion", applicationVersion, MAX_VERSION);
  }

  public static Environment none() {
    return new Environment(null, null, null, null);
  }

  private static String clean(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.length() > max) {
      throw new InvalidInput(field, "error.field.tooLong", max);
    }
    return trimmed;
  }

  public String getOperatingSystem() {
    return operatingSystem;
  }

  public String getBrowser() {
    return browser;
  }

  public String getApplication() {
    return application;
  }

  public String getApplicationVersion() {
    return applicationVersion;
  }
}
