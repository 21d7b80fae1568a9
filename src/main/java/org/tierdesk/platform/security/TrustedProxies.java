package org.tierdesk.platform.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The reverse proxies (load balancers) whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto}
 * headers are believed: single addresses or CIDR blocks, IPv4 or IPv6. A request that comes
 * directly from anyone else has its headers ignored, so that nobody can pose as another address to
 * dodge the login lock-out.
 */
public final class TrustedProxies {

  private final List<Block> blocks;

  private TrustedProxies(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
  }

  /**
   * Parses a comma- or space-separated list such as {@code 10.0.0.0/8, 192.168.1.5, fd00::/8}.
   *
   * @throws IllegalArgumentException naming the entry that is not an address or CIDR block
   */
  public static TrustedProxies parse(String list) {
    List<Block> blocks = new ArrayList<>();
    if (list != null) {
      for (String entry : list.split("[,\\s]+")) {
        if (!entry.isBlank()) {
          blocks.add(Block.parse(entry.strip()));
        }
      }
    }
    return new TrustedProxies(blocks);
  }

  public boolean isEmpty() {
    return blocks.isEmpty();
  }

  /** True when the address is one of the trusted proxies. */
  public boolean trusts(String address) {
    byte[] bytes = literal(address);
    return bytes != null && blocks.stream().anyMatch(block -> block.contains(bytes));
  }

  /**
   * The address of the client: the direct peer, unless that is a trusted proxy; then the right-most
   * address in {@code X-Forwarded-For} that is not itself a trusted proxy (each proxy appends the
   * address it saw, so entries left of the first untrusted one may be forged by the client).
   *
   * @param peer the address of the direct peer ({@code getRemoteAddr()})
   * @param forwardedFor the values of every {@code X-Forwarded-For} header, in order
   */
  public String clientAddress(String peer, List<String> forwardedFor) {
    if (!trusts(peer) || forwardedFor == null || forwardedFor.isEmpty()) {
      return peer;
    }
    List<String> hops = new ArrayList<>();
    for (String header : forwardedFor) {
      Arrays.stream(header.split(",")).map(String::strip).forEach(hops::add);
    }
    String client = peer;
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (literal(hop) == null) {
        // Garbage in the chain: the last address we could check is as far as trust goes.
        return client;
      }
      client = hop;
      if (!trusts(hop)) {
        return hop;
      }
    }
    return client;
  }

  /** The bytes of an IP address literal, or null for anything else (never a DNS lookup). */
  static byte[] literal(String address) {
    if (address == null || address.isBlank()) {
      return null;
    }
    String text = address.strip();
    if (text.startsWith("[") && text.endsWith("]")) {
      text = text.substring(1, text.length() - 1);
    }
    boolean ipv4 = text.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    boolean ipv6 = text.contains(":") && text.matches("[0-9A-Fa-f:.%a-zA-Z0-9]+");
    if (!ipv4 && !ipv6) {
      return null;
    }
    int zone = text.indexOf('%');
    if (zone >= 0) {
      text = text.substring(0, zone);
    }
    try {
      byte[] bytes = InetAddress.getByName(text).getAddress();
      return ipv4Mapped(bytes);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /** {@code ::ffff:10.1.2.3} is the IPv4 address 10.1.2.3. */
  private static byte[] ipv4Mapped(byte[] bytes) {
    if (bytes.length == 16) {
      for (int i = 0; i < 10; i++) {
        if (bytes[i] != 0) {
          return bytes;
        }
      }
      if (bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) {
        return Arrays.copyOfRange(bytes, 12, 16);
      }
    }
    return bytes;
  }

  private record Block(byte[] network, int prefix) {

    static Block parse(String entry) {
      int slash = entry.indexOf('/');
      String address = slash < 0 ? entry : entry.substring(0, slash);
      byte[] bytes = literal(address);
      if (bytes == null) {
        throw new IllegalArgumentException("Not an IP address or CIDR block: " + entry);
      }
      int prefix = bytes.length * 8;
      if (slash >= 0) {
        try {
          prefix = Integer.parseInt(entry.substring(slash + 1));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("Not an IP address or CIDR block: " + entry, e);
        }
        if (prefix < 0 || prefix > bytes.length * 8) {
          throw new IllegalArgumentException("Prefix length out of range: " + entry);
        }
      }
      return new Block(bytes, prefix);
    }

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (address[full] & mask) == (network[full] & mask);
    }
  }
}
