/**
 * Card numbers by the networks' own ranges and lengths (issue 35): each range at its edges, each length
 * a network issues and the one next to it, the identifiers whose digits pass for a card (a phone number
 * after "+", a SIRET, an EAN-13), and masking as a person reads the text.
 */
import fc from "fast-check";
import {
  cardNumberOf,
  findCardNumbers,
  isCardNumber,
  maskCardNumbers,
  maskCardsIn,
  passesLuhn,
} from "../../../src/core/kernel/cards";

/** The prefix padded with zeros to the length, its last digit the Luhn check (computed here, apart from the code). */
function card(prefix: string, length: number): string {
  const body = prefix.padEnd(length - 1, "0");
  let sum = 0;
  [...body].reverse().forEach((ch, i) => {
    const d = i % 2 === 0 ? Number(ch) * 2 : Number(ch);
    sum += d > 9 ? d - 9 : d;
  });
  return body + String((10 - (sum % 10)) % 10);
}

describe("card numbers", () => {
  it("are in a network's range and of a length it issues, and pass the Luhn check", () => {
    const cards: [string, number][] = [
      ["4", 13],
      ["4", 16],
      ["4", 19],
      ["51", 16],
      ["55", 16],
      ["2221", 16],
      ["2720", 16],
      ["2300", 16],
      ["2699", 16],
      ["34", 15],
      ["37", 15],
      ["6011", 16],
      ["644", 19],
      ["649", 17],
      ["65", 18],
      ["300", 14],
      ["305", 16],
      ["36", 14],
      ["38", 17],
      ["39", 19],
      ["3528", 16],
      ["3589", 19],
      ["62", 17],
      ["50", 13],
      ["56", 15],
      ["59", 19],
      ["67", 14],
    ];
    expect(cards.filter(([prefix, length]) => !isCardNumber(card(prefix, length)))).toEqual([]);
    const notCards: [string, number][] = [
      ["4", 14],
      ["4", 20],
      ["51", 15],
      ["2220", 16],
      ["2721", 16],
      ["34", 16],
      ["306", 14],
      ["3527", 15],
      ["1", 16],
      ["7", 16],
      ["8", 16],
      ["9", 16],
      ["35", 15],
      ["22", 15],
    ];
    expect(notCards.filter(([prefix, length]) => isCardNumber(card(prefix, length)))).toEqual([]);
    expect(isCardNumber("4111111111111112")).toBe(false);
    expect([passesLuhn("79927398713"), passesLuhn("79927398710"), passesLuhn("0")]).toEqual([true, false, true]);
  });

  it("are found in text grouped by spaces, dots, dashes, slashes or as a person reads them, and masked to their last four", () => {
    expect(findCardNumbers("Visa 4111 1111 1111 1111, Amex 3782-822463-10005")).toEqual(["1111", "0005"]);
    expect(findCardNumbers("4111.1111.1111.1111 / 5555/5555/5555/4444")).toEqual(["1111", "4444"]);
    // fullwidth digits and a zero-width space read as the card they show
    expect(findCardNumbers("４１１１１１１１１１１１１１１１")).toEqual(["1111"]);
    expect(maskCardNumbers("pay 4111\u200b1111 1111 1111 now")).toBe("pay •••• 1111 now");
    expect(maskCardNumbers("a 4111111111111111 b 5555555555554444")).toBe("a •••• 1111 b •••• 4444");
  });

  it("are not the middle of a longer number, a fraction's digits, a phone number, a SIRET or an EAN-13", () => {
    expect(findCardNumbers("94111111111111111")).toEqual([]); // 17 digits starting with 9: no card inside
    expect(findCardNumbers("0.4111111111111111")).toEqual([]);
    // after "+", up to 15 digits are a phone number (E.164); 16 are more than any phone has
    expect(findCardNumbers("+378282246310005")).toEqual([]);
    expect(findCardNumbers("+4111111111111111")).toEqual(["1111"]);
    expect(findCardNumbers("SIRET 73282932000074")).toEqual([]);
    // 4006381333023 passes the Luhn check of a 13-digit Visa and the GS1 check of an EAN-13: an EAN
    expect([findCardNumbers("EAN 4006381333023"), findCardNumbers("EAN 4006381333931")]).toEqual([[], []]);
    expect(findCardNumbers("nothing here 12")).toEqual([]);
  });

  it("are not the digits of a hash written in hexadecimal, yet are found beside a shorter hex word", () => {
    // a VERI*FACTU huella whose digits end in 13 a Maestro card could have
    const huella = "F41265F1439A81F1B5BDB725529FCE2C36B29A542240E35EC3C6655657350190";
    expect([findCardNumbers(huella), findCardNumbers(`<sf:Huella>${huella.toLowerCase()}</sf:Huella>`)]).toEqual([
      [],
      [],
    ]);
    expect(maskCardsIn(huella)).toBe(huella);
    // a card after a hash is masked where it stands
    expect(maskCardNumbers(`${huella} 4111 1111 1111 1111`)).toBe(`${huella} •••• 1111`);
    // 31 or 33 hex digits are no hash; nor is a token with a letter past F in it
    expect(findCardNumbers("F41265F1439A81F1BC6655657350190")).toEqual(["0190"]);
    expect(findCardNumbers("4111111111111111ABCDEF0123456789A")).toEqual(["1111"]);
    expect(findCardNumbers("4111111111111111ABCDEF0123456789")).toEqual([]); // as long as an MD5: taken for one
    expect(findCardNumbers(`${huella.slice(0, 40)}G6655657350190`)).toEqual(["0190"]);
    expect(findCardNumbers("cafe 4111111111111111")).toEqual(["1111"]);
    // any SHA-256 digest, in either case, on its own or in an XML element
    const hex = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => Buffer.from(bytes).toString("hex"));
    fc.assert(
      fc.property(hex, fc.boolean(), (digest, upper) => {
        const text = upper ? digest.toUpperCase() : digest;
        expect([maskCardsIn(text), maskCardNumbers(`<sf:Huella>${text}</sf:Huella>`)]).toEqual([
          text,
          `<sf:Huella>${text}</sf:Huella>`,
        ]);
      }),
    );
  });

  it("are found at the edges of their lengths and checks: 13 and 19 digits, fullwidth zeros and nines, 14-digit SIRETs and GTINs", () => {
    // the shortest Visa, and a 19-digit one whose first 16 digits are no card
    expect([findCardNumbers("4222222222222"), findCardNumbers("4000000000000000006")]).toEqual([["2222"], ["0006"]]);
    expect(findCardNumbers("4000 0000 0000 0000 006")).toEqual(["0006"]);
    expect(maskCardsIn("4222222222222")).toBe("•••• 2222");
    const fullwidth = (digits: string) => digits.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    expect(["4000000000000002", "4999999999999996"].map((n) => findCardNumbers(fullwidth(n)))).toEqual([
      ["0002"],
      ["9996"],
    ]);
    // 14-digit Diners numbers: one a SIRET by its SIREN's own check, one a GTIN-14 by GS1's, one neither
    expect(["36000000400000", "36000000063352", "36000000126704"].map((n) => findCardNumbers(`ref ${n}`))).toEqual([
      [],
      [],
      ["6704"],
    ]);
  });

  it("typed as a whole number are a card when their digits are one, masked in a cell; other values kept", () => {
    expect([cardNumberOf(Number(card("41", 13))), cardNumberOf(4111111111111112), cardNumberOf(411111111111)]).toEqual([
      card("41", 13),
      undefined,
      undefined,
    ]);
    expect([cardNumberOf("4111111111111111"), cardNumberOf(4111111111111111.5), cardNumberOf(4006381333931)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect([maskCardsIn(4111111111111111), maskCardsIn(12), maskCardsIn(null), maskCardsIn("short 4111")]).toEqual([
      "•••• 1111",
      12,
      null,
      "short 4111",
    ]);
  });
});
