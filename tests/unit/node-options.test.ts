import { describe, expect, it } from "vitest";
import { SERVER_SEMI_SPACE_MIB, serverNodeOptions } from "@/scripts/lib/node-options";

describe("serverNodeOptions", () => {
  it("adds the semi-space size when none is set, keeping the operator's other options", () => {
    expect(serverNodeOptions(undefined)).toBe(`--max-semi-space-size=${SERVER_SEMI_SPACE_MIB}`);
    expect(serverNodeOptions("")).toBe(`--max-semi-space-size=${SERVER_SEMI_SPACE_MIB}`);
    expect(serverNodeOptions(" --max-old-space-size=2048 ")).toBe(`--max-old-space-size=2048 --max-semi-space-size=${SERVER_SEMI_SPACE_MIB}`);
  });

  it("leaves an operator's own semi-space size alone, in either spelling", () => {
    expect(serverNodeOptions("--max-semi-space-size=16")).toBe("--max-semi-space-size=16");
    expect(serverNodeOptions("--inspect --max-semi-space-size 8")).toBe("--inspect --max-semi-space-size 8");
  });

  it("does not mistake a longer flag for it", () => {
    expect(serverNodeOptions("--max-semi-space-size-x=1")).toBe(`--max-semi-space-size-x=1 --max-semi-space-size=${SERVER_SEMI_SPACE_MIB}`);
  });
});
