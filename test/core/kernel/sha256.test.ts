/** The huella's SHA-256 against FIPS 180-4's examples and Node's own, over every padding boundary and UTF-8. */
import { createHash } from "node:crypto";
import { sha256Hex } from "../../../src/core/kernel/sha256";

const node = (text: string) => createHash("sha256").update(text, "utf8").digest("hex").toUpperCase();

describe("SHA-256", () => {
  it("gives FIPS 180-4's digests of 'abc', the empty text and the two-block message", () => {
    expect(sha256Hex("abc")).toBe("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD");
    expect(sha256Hex("")).toBe("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855");
    expect(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248D6A61D20638B8E5C026930C3E6039A33CE45964FF2167F6ECEDD419DB06C1",
    );
  });

  it("agrees with Node's for every length around a block's end (55, 56, 63, 64 bytes…)", () => {
    for (let n = 0; n <= 200; n++) {
      const text = "x".repeat(n);
      expect([n, sha256Hex(text)]).toEqual([n, node(text)]);
    }
  });

  it("hashes the UTF-8 bytes of accents, the euro sign and characters beyond the BMP", () => {
    for (const text of [
      "Fàbrica Núñez & Fills",
      "IDEmisorFactura=B12345678&ImporteTotal=121.00€",
      "🙂 ok",
      "\u0000\u007f\u0080\u07ff\u0800\uffff",
      "\u{10000}",
      // lone surrogates at both ends of their range, written as U+FFFD as every UTF-8 encoder does
      "\ud800",
      "\udfff",
      "\ud7ff\ue000",
    ])
      expect([text, sha256Hex(text)]).toEqual([text, node(text)]);
  });
});
