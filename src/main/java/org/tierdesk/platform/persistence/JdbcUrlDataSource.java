package org.tierdesk.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that is configured by its JDBC URL alone. The same WAR runs on the embedded H2
 * database and on PostgreSQL, and an operator switches between them by setting {@code
 * TIERDESK_DB_URL} without also having to name a driver class. Payara pools the connections.
 */
public class JdbcUrlDataSource implements DataSource {

  private String url;
  private String user;
  private String password;
  private volatile Driver driver;
  private int loginTimeout;

  public void setUrl(String url) {
    this.url = url;
    this.driver = null;
  }

  public String getUrl() {
    return url;
  }

  public void setURL(String url) {
    setUrl(url);
  }

  public String getURL() {
    return url;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getUser() {
    return user;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPassword() {
    return password;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(user, password);
  }

  @Override
  public Connection getConnection(String username, String secret) throws SQLException {
    Properties properties = new Properties();
    if (username != null && !username.isEmpty()) {
      properties.setProperty("user", username);
    }
    if (secret != null && !secret.isEmpty()) {
      properties.setProperty("password", secret);
    }
    Connection connection = driver().connect(url, properties);
    if (connection == null) {
      throw new SQLException("The JDBC driver refused the URL " + url);
    }
    return connection;
  }

  private Driver driver() throws SQLException {
    Driver found = driver;
    if (found != null) {
      return found;
    }
    if (url == null || url.isBlank()) {
      throw new SQLException("No JDBC URL configured (tierdesk.db.url / TIERDESK_DB_URL)");
    }
    ClassLoader loader = JdbcUrlDataSource.class.getClassLoader();
    for (Driver candidate : ServiceLoader.load(Driver.class, loader)) {
      if (candidate.acceptsURL(url)) {
        driver = candidate;
        return candidate;
      }
    }
    throw new SQLException("No JDBC driver on the class path accepts " + url);
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // Connections log through java.util.logging; a log writer is not used.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("java.util.logging is used directly");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper of " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
