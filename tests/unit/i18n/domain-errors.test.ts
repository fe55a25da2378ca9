import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { translateWith, type Catalog } from "@/lib/i18n/translate-message";

// The "domainErrors" catalogs translate the English messages of services, schemas and actions
// (lib/i18n/localize-errors.ts). Both files must hold the same templates, and real messages
// must come out in Dutch.

const load = (locale: string): Catalog =>
  JSON.parse(readFileSync(path.join(process.cwd(), "lib", "i18n", "messages", locale, "domainErrors.json"), "utf8"));

const en = load("en");
const nl = load("nl");
const placeholders = (text: string) => [...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]);
const isFragment = (key: string) => /^part[A-Z0-9]/.test(key);

describe("domainErrors catalogs", () => {
  it("have the same keys in the same order", () => {
    expect(Object.keys(nl)).toEqual(Object.keys(en));
  });

  it("use camelCase keys and simple {name} placeholders only", () => {
    for (const [key, text] of Object.entries(en)) {
      expect(key, key).toMatch(/^[a-z][a-zA-Z0-9]*$/);
      for (const name of [...placeholders(text), ...placeholders(nl[key] ?? "")]) expect(name, `${key}: {${name}}`).toMatch(/^[a-zA-Z]+$/);
    }
  });

  it("keep every placeholder of an English template in its Dutch template", () => {
    for (const [key, text] of Object.entries(en)) {
      const dutch = nl[key];
      expect(typeof dutch, key).toBe("string");
      for (const name of placeholders(text)) expect(dutch, `${key} lacks {${name}}`).toContain(`{${name}}`);
      for (const name of placeholders(dutch)) expect(placeholders(text), `${key}: {${name}} is not in the English template`).toContain(name);
    }
  });

  it("end with a newline and use 2-space indentation", () => {
    for (const locale of ["en", "nl"]) {
      const raw = readFileSync(path.join(process.cwd(), "lib", "i18n", "messages", locale, "domainErrors.json"), "utf8");
      expect(raw.endsWith("}\n")).toBe(true);
      expect(raw).toBe(`${JSON.stringify(JSON.parse(raw), null, 2)}\n`);
    }
  });

  it("are ordered so that no template is shadowed by an earlier, more generic one", () => {
    // Every message template, filled with a neutral value, must come out as its own Dutch text.
    for (const [key, text] of Object.entries(en)) {
      if (isFragment(key)) continue;
      const fill = (t: string) => t.replace(/\{[a-zA-Z]+\}/g, "X1");
      expect(translateWith(en, nl, fill(text)), key).toBe(fill(nl[key]));
    }
  });

  it("translate every caption fragment as itself when it is a field in a message", () => {
    // "Location Code" must not be taken by "Location {code}", nor "Item No." by "Item {no}".
    for (const [key, text] of Object.entries(en)) {
      if (!isFragment(key) || placeholders(text).length) continue;
      expect(translateWith(en, nl, `${text} must have a value.`), key).toBe(`${nl[key]} moet een waarde hebben.`);
    }
  });
});

// Real messages, as the code produces them (with sample values), and their Dutch.
const CASES: [string, string][] = [
  // lib/actions/run-action.ts, lib/errors.ts
  ["Please correct the marked fields.", "Corrigeer de gemarkeerde velden."],
  ["You do not have permission to do this.", "U bent niet gemachtigd om dit te doen."],
  ["Planners cannot change released production order 101001.", "Planners kunnen vrijgegeven productieorder 101001 niet wijzigen."],
  // production orders
  ["Item 1100 on Production BOM 1000 does not exist.", "Artikel 1100 op productiestuklijst 1000 bestaat niet."],
  ["Unit of Measure BOX does not exist for Item 1100.", "Eenheid BOX bestaat niet voor artikel 1100."],
  ["Production Order 5 does not exist.", "Productieorder 5 bestaat niet."],
  ["Sales Order SO1001 does not exist.", "Verkooporder SO1001 bestaat niet."],
  ["The status of production order 101001 cannot be changed from Finished to Released.", "De status van productieorder 101001 kan niet worden gewijzigd van Voltooid in Vrijgegeven."],
  ["Production order 101001 has 2 line(s) whose output is still missing. Do you still want to finish the order?", "Productieorder 101001 heeft 2 regel(s) waarvan nog output ontbreekt. Wilt u de order toch voltooien?"],
  ["Production order already exists with this status.", "Productieorder bestaat al met deze status."],
  ["Quantity must be greater than 0 in Production Order", "Aantal moet groter zijn dan 0 in Productieorder"],
  ["Status must be Certified in Routing Header No.='R1'.", "Status moet Gecertificeerd zijn in Routingkop Nr.='R1'."],
  ["Work Center 100 cannot be scheduled: Shop Calendar 1-SHIFT has no working time.", "Afdeling 100 kan niet worden gepland: bedrijfsagenda 1-SHIFT heeft geen werktijd."],
  ["Location BLUE: The base calendar has no working day within 366 days of 2026-01-01.", "Vestiging BLUE: de basisagenda heeft geen werkdag binnen 366 dagen vanaf 2026-01-01."],
  ["Run Time of operation 10 must be zero or more, got -1.", "Bewerkingstijd van bewerking 10 moet nul of meer zijn, maar was -1."],
  ["Capacity of operation 10 must be greater than 0.", "Capaciteit van bewerking 10 moet groter zijn dan 0."],
  ["Item 1100 is more than 50 make-to-order levels deep; a BOM may contain itself.", "Artikel 1100 ligt meer dan 50 niveaus diep in maken-op-order; een stuklijst bevat mogelijk zichzelf."],
  ["Replan stopped after 50 levels. Check the production BOMs for a loop.", "Opnieuw plannen is gestopt na 50 niveaus. Controleer de productiestuklijsten op een lus."],
  ["You can refresh at most 200 orders at a time.", "U kunt hoogstens 200 orders tegelijk vernieuwen."],
  ["Due Date must be between 2000-01-01 and 2099-12-31.", "Vervaldatum moet tussen 2000-01-01 en 2099-12-31 liggen."],
  // number series and Manufacturing Setup
  ["The number series M-FIRM in Firm Planned Order Nos. does not exist.", "Nummerreeks M-FIRM in Nrs. vast geplande orders bestaat niet."],
  [
    "You cannot delete the number series M-FIRM because Manufacturing Setup uses it (Simulated Order Nos., Planned Order Nos.).",
    "U kunt de nummerreeks M-FIRM niet verwijderen, omdat Productie-instellingen deze gebruikt (Nrs. gesimuleerde orders, Nrs. geplande orders).",
  ],
  ["The number series was changed by someone else. Reload it.", "De nummerreeks is door iemand anders gewijzigd. Laad deze opnieuw."],
  ["Starting No. must have a value.", "Startnr. moet een waarde hebben."],
  ["The number format in Ending No. must be the same as the number format in Starting No.", "De getalnotatie in Eindnr. moet gelijk zijn aan de getalnotatie in Startnr."],
  ["Warning No. must not be greater than Ending No.", "Waarschuwingsnr. mag niet groter zijn dan Eindnr."],
  ["Increment-by No. cannot be greater than 1000000.", "Verhogen met nr. mag niet groter zijn dan 1000000."],
  ["A Sequence line can hold numbers of at most 18 digits; use Normal.", "Een regel met implementatie Volgorde kan nummers van hoogstens 18 cijfers bevatten; gebruik Normaal."],
  ["Normal Starting Time must be a time between 00:00 and 23:59.", "Normale begintijd moet een tijd tussen 00:00 en 23:59 zijn."],
  ["Default Safety Lead Time cannot be more than 365 days.", "Standaardveiligheidsdoorlooptijd mag niet meer dan 365 dagen zijn."],
  ["The version is missing. Reload the page.", "De versie ontbreekt. Laad de pagina opnieuw."],
  // master data fields
  ["Base Unit of Measure must have a value.", "Basiseenheid moet een waarde hebben."],
  ["Item No. must have a value.", "Artikelnr. moet een waarde hebben."],
  ["Code may only contain letters, digits, '.', '_' and '-'.", "Code mag alleen letters, cijfers, '.', '_' en '-' bevatten."],
  ["Scrap % must be between 0 and 100.", "Afval % moet tussen 0 en 100 liggen."],
  ["Efficiency % must be greater than 0 and at most 1000.", "Efficiëntie % moet groter zijn dan 0 en hoogstens 1000."],
  ["Quantity per cannot be negative.", "Aantal per mag niet negatief zijn."],
  ["Starting Date must be a date (YYYY-MM-DD).", "Begindatum moet een datum zijn (JJJJ-MM-DD)."],
  ["Ending Time must be a time (HH:MM).", "Eindtijd moet een tijd zijn (UU:MM)."],
  ["Variant Code cannot be longer than 10 characters.", "Variantcode mag niet langer zijn dan 10 tekens."],
  ["Location Code contains characters that are not allowed.", "Vestigingscode bevat tekens die niet zijn toegestaan."],
  ["Type must be Item or Production BOM.", "Soort moet Artikel of Productiestuklijst zijn."],
  ["Status must be New, Certified, Under Development or Closed.", "Status moet Nieuw, Gecertificeerd, In ontwikkeling of Gesloten zijn."],
  ["Reserved Quantity cannot be greater than Outstanding Quantity.", "Gereserveerd aantal mag niet groter zijn dan Uitstaand aantal."],
  ["Location and variant BLUE/RED are already in the list.", "Vestiging en variant BLUE/RED staan al in de lijst."],
  ["The base unit of measure PCS must have Qty. per Unit of Measure 1.", "De basiseenheid PCS moet Aantal per eenheid 1 hebben."],
  ["Weekday must be 1 (Monday) to 7 (Sunday).", "Weekdag moet 1 (maandag) tot en met 7 (zondag) zijn."],
  // master data records
  ["Machine Center 110 does not exist.", "Machinecentrum 110 bestaat niet."],
  ["Version V2 of Production BOM 1000 does not exist.", "Versie V2 van productiestuklijst 1000 bestaat niet."],
  ["Shop Calendar 1-SHIFT already exists.", "Bedrijfsagenda 1-SHIFT bestaat al."],
  ["Item 1000 was changed by someone else. Reload it.", "Artikel 1000 is door iemand anders gewijzigd. Laad de gegevens opnieuw."],
  [
    "Work Center 100 cannot be deleted because Machine Center 110, Routing R1 version V2 operation 10, Firm Planned production order 101003 and 3 more refer to it.",
    "Afdeling 100 kan niet worden verwijderd omdat Machinecentrum 110, Routing R1 versie V2 bewerking 10, Vast geplande productieorder 101003 en nog 3 ernaar verwijzen.",
  ],
  ["Location BLUE cannot be deleted because Stockkeeping Unit of item 1100 variant RED refers to it.", "Vestiging BLUE kan niet worden verwijderd omdat SKU van artikel 1100 variant RED ernaar verwijst."],
  ["Family F1 cannot be deleted because other records refer to it.", "Familie F1 kan niet worden verwijderd omdat andere records ernaar verwijzen."],
  [
    "Variant RED of item 1100 cannot be removed because Sales Order SO1001 and Released production order 101004 refer to it.",
    "Variant RED van artikel 1100 kan niet worden verwijderd omdat Verkooporder SO1001 en Vrijgegeven productieorder 101004 ernaar verwijzen.",
  ],
  [
    "You cannot delete Production BOM 1000 because it is used by item 1100, stockkeeping unit BLUE/1100, family F1 and Firm Planned production order 101003.",
    "U kunt Productiestuklijst 1000 niet verwijderen omdat deze wordt gebruikt door artikel 1100, SKU BLUE/1100, familie F1 en Vast geplande productieorder 101003.",
  ],
  ["Production BOM 1000 is Certified: its Status must be Under Development or New to change it.", "Productiestuklijst 1000 is Gecertificeerd: de status moet In ontwikkeling of Nieuw zijn om dit te kunnen wijzigen."],
  ["The Status of Version V2 of Routing R1 cannot change from New to Closed.", "De status van Versie V2 van routing R1 kan niet van Nieuw in Gesloten worden gewijzigd."],
  ["Routing R1 cannot be certified: Work Center 100 does not exist.", "Routing R1 kan niet worden gecertificeerd: Afdeling 100 bestaat niet."],
  ["The Production BOM 1000 already exists.", "De productiestuklijst 1000 bestaat al."],
  ["You are the last admin: you cannot take the Admin role away from yourself. Make someone else an admin first.", "U bent de laatste beheerder: u kunt de rol Admin niet van uzelf afnemen. Maak eerst iemand anders beheerder."],
  // CSV import
  ["Line 10000 of Version V2 of Production BOM 1000 is also on row 3.", "Regel 10000 van Versie V2 van productiestuklijst 1000 staat ook op rij 3."],
  ["Replenishment System must be Purchase or Prod. Order.", "Aanvullingssysteem moet Inkoop of Productieorder zijn."],
  // Column captions of the CSV file stay as the file must spell them.
  ["The column Foo is not known. Expected: No., Description.", "De kolom Foo is onbekend. Verwacht: No., Description."],
];

describe("Dutch translation of real messages", () => {
  it.each(CASES)("%s", (english, dutch) => {
    const out = translateWith(en, nl, english);
    expect(out).toBe(dutch);
    expect(out).not.toBe(english);
    expect(out).not.toMatch(/\{[a-zA-Z]+\}/);
  });

  it("leaves an unknown message as it is", () => {
    expect(translateWith(en, nl, "Something nobody wrote a template for")).toBe("Something nobody wrote a template for");
  });

  it("never matches a fragment as a whole message", () => {
    expect(translateWith(en, nl, "Work Center 100")).toBe("Work Center 100");
    expect(translateWith(en, nl, "Description")).toBe("Description");
  });

  it("keeps English for the English locale's own catalog", () => {
    for (const [english] of CASES) expect(translateWith(en, en, english)).toBe(english);
  });
});
