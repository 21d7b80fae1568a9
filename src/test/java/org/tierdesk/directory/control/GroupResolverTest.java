package org.tierdesk.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupResolverTest {

  private static final Map<String, List<String>> PARENTS =
      Map.of(
          "cn=desktop,ou=groups", List.of("cn=line2,ou=groups"),
          "cn=line2,ou=groups", List.of("CN=Support, OU=Groups"),
          "cn=support,ou=groups", List.of(),
          "cn=a", List.of("cn=b"),
          "cn=b", List.of("cn=a", "cn=c"),
          "cn=c", List.of());

  private static Collection<String> parents(String group) {
    return PARENTS.getOrDefault(GroupResolver.key(group), List.of());
  }

  @Test
  void followsNestingUpwards() {
    GroupResolver.Result result =
        GroupResolver.resolve(List.of("cn=Desktop,ou=Groups"), GroupResolverTest::parents, 10);
    assertThat(result.groups())
        .containsExactly("cn=Desktop,ou=Groups", "cn=line2,ou=groups", "CN=Support, OU=Groups");
    assertThat(result.truncated()).isFalse();
  }

  @Test
  void stopsAtACycle() {
    GroupResolver.Result result =
        GroupResolver.resolve(List.of("cn=a"), GroupResolverTest::parents, 10);
    assertThat(result.groups()).containsExactly("cn=a", "cn=b", "cn=c");
    assertThat(result.truncated()).isFalse();
  }

  @Test
  void stopsAtTheDepthLimitAndSaysSo() {
    GroupResolver.Result result =
        GroupResolver.resolve(List.of("cn=desktop,ou=groups"), GroupResolverTest::parents, 1);
    assertThat(result.groups()).containsExactly("cn=desktop,ou=groups", "cn=line2,ou=groups");
    assertThat(result.truncated()).isTrue();
  }

  @Test
  void depthZeroMeansDirectGroupsOnly() {
    GroupResolver.Result result =
        GroupResolver.resolve(List.of("cn=c"), GroupResolverTest::parents, 0);
    assertThat(result.groups()).containsExactly("cn=c");
  }

  @Test
  void theSameGroupSpelledTwiceCountsOnce() {
    GroupResolver.Result result =
        GroupResolver.resolve(
            List.of("cn=Support,ou=Groups", "CN=support , ou=groups"),
            GroupResolverTest::parents,
            10);
    assertThat(result.groups()).hasSize(1);
  }
}
