package org.tierdesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

class ArquillianRunnerMappingTest {

  @Test
  void aMissedRunnerIsAddedAtTheContextRootTheWarDeclares() {
    WebArchive war =
        ShrinkWrap.create(WebArchive.class, "tierdesk.war")
            .addAsWebInfResource(
                new StringAsset("<payara-web-app><context-root>/</context-root></payara-web-app>"),
                "payara-web.xml");
    HTTPContext context = new HTTPContext("127.0.0.1", 8148);

    ArquillianRunnerMapping.fill(new ProtocolMetaData().addContext(context), war);

    Servlet runner = context.getServletByName(ArquillianRunnerMapping.RUNNER);
    assertEquals(URI.create("http://127.0.0.1:8148/"), runner.getBaseURI());
    assertEquals(1, context.getServlets().size());
  }

  @Test
  void withoutADescriptorTheRootIsTheArchiveName() {
    WebArchive war = ShrinkWrap.create(WebArchive.class, "history.war");
    HTTPContext context = new HTTPContext("127.0.0.1", 8148);

    ArquillianRunnerMapping.fill(new ProtocolMetaData().addContext(context), war);

    assertEquals(
        URI.create("http://127.0.0.1:8148/history/"),
        context.getServletByName(ArquillianRunnerMapping.RUNNER).getBaseURI());
  }

  @Test
  void aRunnerTheAdapterFoundIsLeftAsItIs() {
    HTTPContext context =
        new HTTPContext("127.0.0.1", 8148).add(new Servlet(ArquillianRunnerMapping.RUNNER, "/app"));

    ArquillianRunnerMapping.fill(
        new ProtocolMetaData().addContext(context),
        ShrinkWrap.create(WebArchive.class, "tierdesk.war"));

    assertEquals(1, context.getServlets().size());
    assertEquals(
        URI.create("http://127.0.0.1:8148/app/"),
        context.getServletByName(ArquillianRunnerMapping.RUNNER).getBaseURI());
  }
}
