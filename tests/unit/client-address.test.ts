import { describe, expect, it } from "vitest";
import { clientAddressFromChain } from "@/lib/auth/client-address";

describe("clientAddressFromChain", () => {
  it("with no trusted proxy, takes the connection's address and ignores a forged header", () => {
    expect(clientAddressFromChain("", "203.0.113.7", 0)).toBe("203.0.113.7");
    expect(clientAddressFromChain("1.2.3.4, 5.6.7.8", "203.0.113.7", 0)).toBe("203.0.113.7");
  });

  it("with one proxy, takes the address that proxy appended, not what the client wrote before it", () => {
    // client forged "1.2.3.4"; the proxy appended the real client 198.51.100.9; the socket is the proxy.
    expect(clientAddressFromChain("1.2.3.4, 198.51.100.9", "10.0.0.2", 1)).toBe("198.51.100.9");
  });

  it("with two proxies, takes the second entry from the right of the header", () => {
    expect(clientAddressFromChain("6.6.6.6,198.51.100.9, 10.0.0.3", "10.0.0.2", 2)).toBe("198.51.100.9");
  });

  it("with fewer hops than trusted proxies, takes the farthest one seen", () => {
    expect(clientAddressFromChain("198.51.100.9", "10.0.0.2", 3)).toBe("198.51.100.9");
  });

  it("counts an IPv4-mapped IPv6 address as the IPv4 address", () => {
    expect(clientAddressFromChain("", "::ffff:127.0.0.1", 0)).toBe("127.0.0.1");
  });

  it("is empty when nothing is known", () => {
    expect(clientAddressFromChain("", "", 0)).toBe("");
  });
});
