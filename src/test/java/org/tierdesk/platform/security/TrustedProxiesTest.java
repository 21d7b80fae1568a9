package org.tierdesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  private final TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.168.1.5 fd00::/8");

  @Test
  void matchesAddressesAndBlocks() {
    assertThat(proxies.trusts("10.1.2.3")).isTrue();
    assertThat(proxies.trusts("11.1.2.3")).isFalse();
    assertThat(proxies.trusts("192.168.1.5")).isTrue();
    assertThat(proxies.trusts("192.168.1.6")).isFalse();
    assertThat(proxies.trusts("fd12::1")).isTrue();
    assertThat(proxies.trusts("fe80::1")).isFalse();
    assertThat(proxies.trusts("::ffff:10.0.0.1")).isTrue();
    assertThat(proxies.trusts("localhost")).as("names are never looked up").isFalse();
    assertThat(TrustedProxies.parse("172.16.0.0/12").trusts("172.31.255.255")).isTrue();
    assertThat(TrustedProxies.parse("172.16.0.0/12").trusts("172.32.0.1")).isFalse();
  }

  @Test
  void untrustedPeerIsTheClientWhateverItForwards() {
    assertThat(proxies.clientAddress("203.0.113.9", List.of("198.51.100.1")))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void trustedPeerForwardsTheRightMostUntrustedHop() {
    assertThat(proxies.clientAddress("10.0.0.2", List.of("198.51.100.1")))
        .isEqualTo("198.51.100.1");
    assertThat(proxies.clientAddress("10.0.0.2", List.of("1.2.3.4, 198.51.100.1, 10.0.0.7")))
        .as("a forged entry left of the real client does not count")
        .isEqualTo("198.51.100.1");
    assertThat(proxies.clientAddress("10.0.0.2", List.of("1.2.3.4", "198.51.100.1")))
        .isEqualTo("198.51.100.1");
    assertThat(proxies.clientAddress("10.0.0.2", List.of("10.0.0.9"))).isEqualTo("10.0.0.9");
    assertThat(proxies.clientAddress("10.0.0.2", List.of())).isEqualTo("10.0.0.2");
    assertThat(proxies.clientAddress("10.0.0.2", List.of("garbage"))).isEqualTo("10.0.0.2");
  }

  @Test
  void emptyListTrustsNobody() {
    TrustedProxies none = TrustedProxies.parse(" ");
    assertThat(none.isEmpty()).isTrue();
    assertThat(none.clientAddress("10.0.0.2", List.of("198.51.100.1"))).isEqualTo("10.0.0.2");
  }

  @Test
  void badEntryIsNamed() {
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33"))
        .hasMessageContaining("10.0.0.0/33");
    assertThatThrownBy(() -> TrustedProxies.parse("proxy.example"))
        .hasMessageContaining("proxy.example");
  }
}
