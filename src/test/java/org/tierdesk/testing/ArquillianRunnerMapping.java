package org.tierdesk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.Node;

/**
 * Gives the in-container tests the address of Arquillian's test servlet when the Payara Micro
 * adapter missed it.
 *
 * <p>The adapter (arquillian-payara-micro-managed 3.1) samples the server's console every 200 ms
 * and stops as soon as the sample shows the instance configuration up to its HTTPS line; the list
 * of deployed servlets follows a few lines later. On a busy machine the sample can end between the
 * two, the metadata then has host and port but no servlets, and every test of the class fails with
 * "ArquillianServletRunnerEE9 not found". The configuration is printed only after the deployment
 * has finished, so the servlet is there: this observer adds it at the context root the WAR
 * declares.
 */
public final class ArquillianRunnerMapping implements LoadableExtension {

  static final String RUNNER = "ArquillianServletRunnerEE9";
  private static final Logger LOG = Logger.getLogger(ArquillianRunnerMapping.class.getName());
  private static final Pattern CONTEXT_ROOT =
      Pattern.compile("<context-root>\\s*([^<\\s]*)\\s*</context-root>");

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Completion.class);
  }

  /** The observer Arquillian calls after each deployment. */
  public static final class Completion {

    @Inject private Instance<ProtocolMetaData> metaData;

    public void complete(@Observes AfterDeploy deployed) {
      if (metaData.get() != null && deployed.getDeployment().isArchiveDeployment()) {
        fill(metaData.get(), deployed.getDeployment().getArchive());
      }
    }
  }

  /** Adds the test servlet to each HTTP context of {@code found} that lacks it. */
  static void fill(ProtocolMetaData found, Archive<?> war) {
    for (HTTPContext context : found.getContexts(HTTPContext.class)) {
      if (context.getServletByName(RUNNER) == null) {
        String root = contextRoot(war);
        LOG.warning(
            "The Payara Micro adapter read the start-up log before the servlet list; "
                + RUNNER
                + " is taken to be at context root '"
                + root
                + "'");
        context.add(new Servlet(RUNNER, root));
      }
    }
  }

  /**
   * The context root Payara gives a WAR: the one in {@code WEB-INF/payara-web.xml} (or the older
   * {@code glassfish-web.xml}), otherwise the archive's name without ".war".
   */
  static String contextRoot(Archive<?> war) {
    for (String descriptor : new String[] {"payara-web.xml", "glassfish-web.xml"}) {
      Node node = war.get("/WEB-INF/" + descriptor);
      if (node != null && node.getAsset() != null) {
        try (InputStream in = node.getAsset().openStream()) {
          Matcher root =
              CONTEXT_ROOT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          if (root.find()) {
            return root.group(1);
          }
        } catch (IOException e) {
          throw new IllegalStateException("Cannot read " + descriptor + " of " + war.getName(), e);
        }
      }
    }
    String name = war.getName();
    return "/" + (name.endsWith(".war") ? name.substring(0, name.length() - 4) : name);
  }
}
