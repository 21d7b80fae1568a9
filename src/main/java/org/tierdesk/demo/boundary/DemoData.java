package org.tierdesk.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Loads the demo data on the first start with {@code tierdesk.demo=true}. */
@Singleton
@Startup
@DependsOn("DatabaseSetup")
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject
  @ConfigProperty(name = "tierdesk.demo", defaultValue = "false")
  boolean enabled;

  @Inject DemoSeeder seeder;
  @Inject DemoKitSeeder kit;

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    if (seeder.alreadyLoaded()) {
      LOG.info("Demo data already loaded");
      return;
    }
    seeder.accounts();
    seeder.tickets();
    kit.responsesAndMacros();
    seeder.markLoaded();
    LOG.info("Demo data loaded: accounts employee, line1, line2, line3, admin");
  }
}
