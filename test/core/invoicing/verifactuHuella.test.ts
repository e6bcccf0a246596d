import { createHash } from "node:crypto";
import fc from "fast-check";
import { altaHuella, anulacionHuella } from "../../../src/core/invoicing/verifactu/huella";
import { sha256Hex } from "../../../src/core/kernel/sha256";

describe("the VERI*FACTU huella, on the AEAT's own worked examples", () => {
  // "Detalle de las especificaciones técnicas para la generación de la huella o hash de los registros", examples 1–3
  const first = {
    issuerNif: "89890001K",
    invoiceNo: "12345678/G33",
    issueDate: "01-01-2024",
    invoiceType: "F1",
    totalTax: "12.35",
    total: "123.45",
  };

  it("of a first registro de alta, with no previous huella", () => {
    expect(altaHuella({ ...first, previousHash: "", generatedAt: "2024-01-01T19:20:30+01:00" })).toBe(
      "3C464DAF61ACB827C65FDA19F352A4E3BDC2C640E9E9FC4CC058073F38F12F60",
    );
  });

  it("of the next alta, chained to it", () => {
    const next = {
      ...first,
      invoiceNo: "12345679/G34",
      previousHash: "3C464DAF61ACB827C65FDA19F352A4E3BDC2C640E9E9FC4CC058073F38F12F60",
      generatedAt: "2024-01-01T19:20:35+01:00",
    };
    expect(altaHuella(next)).toBe("F7B94CFD8924EDFF273501B01EE5153E4CE8F259766F88CF6ACB8935802A2B97");
  });

  it("of a registro de anulación of that invoice", () => {
    const cancelled = {
      issuerNif: "89890001K",
      invoiceNo: "12345679/G34",
      issueDate: "01-01-2024",
      previousHash: "F7B94CFD8924EDFF273501B01EE5153E4CE8F259766F88CF6ACB8935802A2B97",
      generatedAt: "2024-01-01T19:20:40+01:00",
    };
    expect(anulacionHuella(cancelled)).toBe("177547C0D57AC74748561D054A9CEC14B4C4EA23D1BEFD6F2E69E3A388F90C68");
  });

  it("takes each value trimmed, as the specification says", () => {
    expect(
      altaHuella({ ...first, invoiceNo: " 12345678/G33 ", previousHash: "", generatedAt: "2024-01-01T19:20:30+01:00" }),
    ).toBe("3C464DAF61ACB827C65FDA19F352A4E3BDC2C640E9E9FC4CC058073F38F12F60");
  });
});

describe("SHA-256 of the core", () => {
  it("agrees with Node's on any text, past every block boundary", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex").toUpperCase());
      }),
    );
    expect(sha256Hex("a\ud800b")).toBe(createHash("sha256").update("a\ud800b", "utf8").digest("hex").toUpperCase());
    for (const n of [0, 55, 56, 63, 64, 65, 119, 120, 1000])
      expect(sha256Hex("a".repeat(n))).toBe(createHash("sha256").update("a".repeat(n)).digest("hex").toUpperCase());
  });
});
