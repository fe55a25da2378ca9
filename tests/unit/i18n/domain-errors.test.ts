import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listOf, msg, renderMessage, type Message } from "@/lib/i18n/domain-message";

// Messages come by key: a service or schema names a key of the "domainErrors" catalog and its
// parameters (lib/i18n/domain-message.ts); the English text is the en catalog's, the Dutch the nl
// catalog's. Both files must hold the same keys with the same placeholders.

const load = (locale: string): Record<string, string> =>
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

  it("give every key an English and a Dutch text with the same placeholders", () => {
    for (const [key, text] of Object.entries(en)) {
      const dutch = nl[key];
      expect(typeof dutch, key).toBe("string");
      expect(text.trim(), key).not.toBe("");
      expect(dutch.trim(), key).not.toBe("");
      expect(new Set(placeholders(dutch)), key).toEqual(new Set(placeholders(text)));
    }
  });

  it("end with a newline and use 2-space indentation", () => {
    for (const locale of ["en", "nl"]) {
      const raw = readFileSync(path.join(process.cwd(), "lib", "i18n", "messages", locale, "domainErrors.json"), "utf8");
      expect(raw.endsWith("}\n")).toBe(true);
      expect(raw).toBe(`${JSON.stringify(JSON.parse(raw), null, 2)}\n`);
    }
  });

  it("speak a caption fragment in the message that names the field", () => {
    // "Location Code" in English, "Vestigingscode" in Dutch: the caption is a key, not English text.
    for (const [key, text] of Object.entries(en)) {
      if (!isFragment(key) || placeholders(text).length) continue;
      const m = msg("valueRequired", { field: msg(key as Message["key"]) });
      expect(renderMessage(m, "en"), key).toBe(`${text} must have a value.`);
      expect(renderMessage(m, "nl"), key).toBe(`${nl[key]} moet een waarde hebben.`);
    }
  });
});

// Real messages, as the code names them (with sample values): their English and their Dutch.
const CASES: [Message, string, string][] = [
  [msg("validation"), "Please correct the marked fields.", "Corrigeer de gemarkeerde velden."],
  [msg("forbiddenDefault"), "You do not have permission to do this.", "U bent niet gemachtigd om dit te doen."],
  [
    msg("plannerCannotEditReleased", { no: 101001 }),
    "Planners cannot change released production order 101001.",
    "Planners kunnen vrijgegeven productieorder 101001 niet wijzigen.",
  ],
  [
    msg("itemOnBomNotFound", { no: 1100, bom: 1000 }),
    "Item 1100 on Production BOM 1000 does not exist.",
    "Artikel 1100 op productiestuklijst 1000 bestaat niet.",
  ],
  [
    msg("uomNotFoundForItem", { code: "BOX", no: 1100 }),
    "Unit of Measure BOX does not exist for Item 1100.",
    "Eenheid BOX bestaat niet voor artikel 1100.",
  ],
  [
    msg("recordNotFound", { record: msg("partProductionOrder", { no: 5 }) }),
    "Production Order 5 does not exist.",
    "Productieorder 5 bestaat niet.",
  ],
  [
    msg("recordNotFound", { record: msg("partSalesOrder", { no: "SO1001" }) }),
    "Sales Order SO1001 does not exist.",
    "Verkooporder SO1001 bestaat niet.",
  ],
  [
    msg("statusChangeRefused", { no: 101001, fromStatus: msg("partStatusFinished"), toStatus: msg("partStatusReleased") }),
    "The status of production order 101001 cannot be changed from Finished to Released.",
    "De status van productieorder 101001 kan niet worden gewijzigd van Voltooid in Vrijgegeven.",
  ],
  [
    msg("confirmNoOutput", { no: 101001, count: 2 }),
    "Production order 101001 has 2 line(s) whose output is still missing. Do you still want to finish the order?",
    "Productieorder 101001 heeft 2 regel(s) waarvan nog output ontbreekt. Wilt u de order toch voltooien?",
  ],
  [msg("orderNoExistsManual"), "Production order already exists with this status.", "Productieorder bestaat al met deze status."],
  [
    msg("quantityRequiredInOrder"),
    "Quantity must be greater than 0 in Production Order",
    "Aantal moet groter zijn dan 0 in Productieorder",
  ],
  [
    msg("routingNotCertified", { no: "R1" }),
    "Status must be Certified in Routing Header No.='R1'.",
    "Status moet Gecertificeerd zijn in Routingkop Nr.='R1'.",
  ],
  [
    msg("recordNoWorkingTime", { record: msg("partWorkCenter", { no: 100 }), code: "1-SHIFT" }),
    "Work Center 100 cannot be scheduled: Shop Calendar 1-SHIFT has no working time.",
    "Afdeling 100 kan niet worden gepland: bedrijfsagenda 1-SHIFT heeft geen werktijd.",
  ],
  [
    msg("locationNoWorkingDayWithin", { code: "BLUE", days: 366, date: "2026-01-01" }),
    "Location BLUE: The base calendar has no working day within 366 days of 2026-01-01.",
    "Vestiging BLUE: de basisagenda heeft geen werkdag binnen 366 dagen vanaf 2026-01-01.",
  ],
  [
    msg("operationValueNegative", { field: msg("partRunTime"), no: 10, value: "-1" }),
    "Run Time of operation 10 must be zero or more, got -1.",
    "Bewerkingstijd van bewerking 10 moet nul of meer zijn, maar was -1.",
  ],
  [
    msg("operationValuePositive", { field: msg("partCapacity"), no: 10 }),
    "Capacity of operation 10 must be greater than 0.",
    "Capaciteit van bewerking 10 moet groter zijn dan 0.",
  ],
  [
    msg("makeToOrderTooDeepLoop", { no: 1100, max: 50 }),
    "Item 1100 is more than 50 make-to-order levels deep; a BOM may contain itself.",
    "Artikel 1100 ligt meer dan 50 niveaus diep in maken-op-order; een stuklijst bevat mogelijk zichzelf.",
  ],
  [
    msg("replanTooDeep", { max: 50 }),
    "Replan stopped after 50 levels. Check the production BOMs for a loop.",
    "Opnieuw plannen is gestopt na 50 niveaus. Controleer de productiestuklijsten op een lus.",
  ],
  [
    msg("refreshBatchMax", { max: 200 }),
    "You can refresh at most 200 orders at a time.",
    "U kunt hoogstens 200 orders tegelijk vernieuwen.",
  ],
  [
    msg("dateRange", { field: msg("partDueDate"), from: "2000-01-01", to: "2099-12-31" }),
    "Due Date must be between 2000-01-01 and 2099-12-31.",
    "Vervaldatum moet tussen 2000-01-01 en 2099-12-31 liggen.",
  ],
  [
    msg("setupSeriesNotFound", { code: "M-FIRM", field: msg("partFirmPlannedOrderNos") }),
    "The number series M-FIRM in Firm Planned Order Nos. does not exist.",
    "Nummerreeks M-FIRM in Nrs. vast geplande orders bestaat niet.",
  ],
  [
    msg("seriesInUse", {
      series: "M-FIRM",
      field: msg("partListComma", { head: msg("partSimulatedOrderNos"), tail: msg("partPlannedOrderNos") }),
    }),
    "You cannot delete the number series M-FIRM because Manufacturing Setup uses it (Simulated Order Nos., Planned Order Nos.).",
    "U kunt de nummerreeks M-FIRM niet verwijderen, omdat Productie-instellingen deze gebruikt (Nrs. gesimuleerde orders, Nrs. geplande orders).",
  ],
  [
    msg("seriesChanged"),
    "The number series was changed by someone else. Reload it.",
    "De nummerreeks is door iemand anders gewijzigd. Laad deze opnieuw.",
  ],
  [msg("valueRequired", { field: msg("partStartingNo") }), "Starting No. must have a value.", "Startnr. moet een waarde hebben."],
  [
    msg("seriesFormatField", { field: msg("partEndingNo") }),
    "The number format in Ending No. must be the same as the number format in Starting No.",
    "De getalnotatie in Eindnr. moet gelijk zijn aan de getalnotatie in Startnr.",
  ],
  [
    msg("seriesNotAboveEnd", { field: msg("partWarningNo") }),
    "Warning No. must not be greater than Ending No.",
    "Waarschuwingsnr. mag niet groter zijn dan Eindnr.",
  ],
  [
    msg("notGreaterThan", { field: msg("partIncrementByNo"), max: 1000000 }),
    "Increment-by No. cannot be greater than 1000000.",
    "Verhogen met nr. mag niet groter zijn dan 1000000.",
  ],
  [
    msg("sequenceTooManyDigits", { max: 18 }),
    "A Sequence line can hold numbers of at most 18 digits; use Normal.",
    "Een regel met implementatie Volgorde kan nummers van hoogstens 18 cijfers bevatten; gebruik Normaal.",
  ],
  [
    msg("timeOfDay", { field: msg("partNormalStartingTime") }),
    "Normal Starting Time must be a time between 00:00 and 23:59.",
    "Normale begintijd moet een tijd tussen 00:00 en 23:59 zijn.",
  ],
  [
    msg("maxDays", { field: msg("partDefaultSafetyLeadTime"), max: 365 }),
    "Default Safety Lead Time cannot be more than 365 days.",
    "Standaardveiligheidsdoorlooptijd mag niet meer dan 365 dagen zijn.",
  ],
  [msg("versionMissing"), "The version is missing. Reload the page.", "De versie ontbreekt. Laad de pagina opnieuw."],
  [
    msg("valueRequired", { field: msg("partBaseUnitOfMeasure") }),
    "Base Unit of Measure must have a value.",
    "Basiseenheid moet een waarde hebben.",
  ],
  [msg("valueRequired", { field: msg("partItemNo") }), "Item No. must have a value.", "Artikelnr. moet een waarde hebben."],
  [
    msg("codeChars", { field: msg("partCode") }),
    "Code may only contain letters, digits, '.', '_' and '-'.",
    "Code mag alleen letters, cijfers, '.', '_' en '-' bevatten.",
  ],
  [
    msg("dateRange", { field: msg("partScrapPercent"), from: 0, to: 100 }),
    "Scrap % must be between 0 and 100.",
    "Afval % moet tussen 0 en 100 liggen.",
  ],
  [
    msg("greaterThanAtMost", { field: msg("partEfficiencyPercent"), min: 0, max: 1000 }),
    "Efficiency % must be greater than 0 and at most 1000.",
    "Efficiëntie % moet groter zijn dan 0 en hoogstens 1000.",
  ],
  [msg("negative", { field: msg("partQuantityPer") }), "Quantity per cannot be negative.", "Aantal per mag niet negatief zijn."],
  [
    msg("dateIso", { field: msg("partStartingDate") }),
    "Starting Date must be a date (YYYY-MM-DD).",
    "Begindatum moet een datum zijn (JJJJ-MM-DD).",
  ],
  [msg("timeHhMm", { field: msg("partEndingTime") }), "Ending Time must be a time (HH:MM).", "Eindtijd moet een tijd zijn (UU:MM)."],
  [
    msg("tooLong", { field: msg("partVariantCode"), max: 10 }),
    "Variant Code cannot be longer than 10 characters.",
    "Variantcode mag niet langer zijn dan 10 tekens.",
  ],
  [
    msg("charsNotAllowed", { field: msg("partLocationCode") }),
    "Location Code contains characters that are not allowed.",
    "Vestigingscode bevat tekens die niet zijn toegestaan.",
  ],
  [msg("bomLineTypeInvalid"), "Type must be Item or Production BOM.", "Soort moet Artikel of Productiestuklijst zijn."],
  [
    msg("bomStatusInvalid"),
    "Status must be New, Certified, Under Development or Closed.",
    "Status moet Nieuw, Gecertificeerd, In ontwikkeling of Gesloten zijn.",
  ],
  [
    msg("reservedAboveOutstanding"),
    "Reserved Quantity cannot be greater than Outstanding Quantity.",
    "Gereserveerd aantal mag niet groter zijn dan Uitstaand aantal.",
  ],
  [
    msg("locationVariantDuplicate", { key: "BLUE/RED" }),
    "Location and variant BLUE/RED are already in the list.",
    "Vestiging en variant BLUE/RED staan al in de lijst.",
  ],
  [
    msg("baseUnitQtyNotOne", { code: "PCS" }),
    "The base unit of measure PCS must have Qty. per Unit of Measure 1.",
    "De basiseenheid PCS moet Aantal per eenheid 1 hebben.",
  ],
  [msg("weekdayInvalid"), "Weekday must be 1 (Monday) to 7 (Sunday).", "Weekdag moet 1 (maandag) tot en met 7 (zondag) zijn."],
  [
    msg("recordNotFound", { record: msg("partMachineCenter", { no: 110 }) }),
    "Machine Center 110 does not exist.",
    "Machinecentrum 110 bestaat niet.",
  ],
  [
    msg("recordNotFound", { record: msg("partBomVersion", { version: "V2", no: 1000 }) }),
    "Version V2 of Production BOM 1000 does not exist.",
    "Versie V2 van productiestuklijst 1000 bestaat niet.",
  ],
  [
    msg("recordExists", { record: msg("partShopCalendar", { code: "1-SHIFT" }) }),
    "Shop Calendar 1-SHIFT already exists.",
    "Bedrijfsagenda 1-SHIFT bestaat al.",
  ],
  [
    msg("recordChanged", { record: msg("partItem", { no: 1000 }) }),
    "Item 1000 was changed by someone else. Reload it.",
    "Artikel 1000 is door iemand anders gewijzigd. Laad de gegevens opnieuw.",
  ],
  [
    msg("recordInUsePlural", {
      record: msg("partWorkCenter", { no: 100 }),
      referrers: msg("partListAnd", {
        head: msg("partListComma", {
          head: msg("partMachineCenter", { no: 110 }),
          tail: msg("partListComma", {
            head: msg("partRoutingVersionOperation", { no: "R1", version: "V2", operation: 10 }),
            tail: msg("partFirmPlannedOrder", { no: 101003 }),
          }),
        }),
        tail: msg("partMore", { count: 3 }),
      }),
    }),
    "Work Center 100 cannot be deleted because Machine Center 110, Routing R1 version V2 operation 10, Firm Planned production order 101003 and 3 more refer to it.",
    "Afdeling 100 kan niet worden verwijderd omdat Machinecentrum 110, Routing R1 versie V2 bewerking 10, Vast geplande productieorder 101003 en nog 3 ernaar verwijzen.",
  ],
  [
    msg("recordInUse", {
      record: msg("partLocation", { code: "BLUE" }),
      referrers: msg("partSkuOfItemVariant", { no: 1100, variant: "RED" }),
    }),
    "Location BLUE cannot be deleted because Stockkeeping Unit of item 1100 variant RED refers to it.",
    "Vestiging BLUE kan niet worden verwijderd omdat SKU van artikel 1100 variant RED ernaar verwijst.",
  ],
  [
    msg("recordInUsePlural", { record: msg("partFamily", { no: "F1" }), referrers: msg("partOtherRecords") }),
    "Family F1 cannot be deleted because other records refer to it.",
    "Familie F1 kan niet worden verwijderd omdat andere records ernaar verwijzen.",
  ],
  [
    msg("variantInUsePlural", {
      code: "RED",
      no: 1100,
      referrers: msg("partListAnd", { head: msg("partSalesOrder", { no: "SO1001" }), tail: msg("partReleasedOrder", { no: 101004 }) }),
    }),
    "Variant RED of item 1100 cannot be removed because Sales Order SO1001 and Released production order 101004 refer to it.",
    "Variant RED van artikel 1100 kan niet worden verwijderd omdat Verkooporder SO1001 en Vrijgegeven productieorder 101004 ernaar verwijzen.",
  ],
  [
    msg("recordUsedBy", {
      record: msg("partBom", { no: 1000 }),
      referrers: msg("partListAnd", {
        head: msg("partListComma", {
          head: msg("partItemLower", { no: 1100 }),
          tail: msg("partListComma", {
            head: msg("partStockkeepingUnitLower", { key: "BLUE/1100" }),
            tail: msg("partFamilyLower", { no: "F1" }),
          }),
        }),
        tail: msg("partFirmPlannedOrder", { no: 101003 }),
      }),
    }),
    "You cannot delete Production BOM 1000 because it is used by item 1100, stockkeeping unit BLUE/1100, family F1 and Firm Planned production order 101003.",
    "U kunt Productiestuklijst 1000 niet verwijderen omdat deze wordt gebruikt door artikel 1100, SKU BLUE/1100, familie F1 en Vast geplande productieorder 101003.",
  ],
  [
    msg("recordCertifiedLocked", { record: msg("partBom", { no: 1000 }) }),
    "Production BOM 1000 is Certified: its Status must be Under Development or New to change it.",
    "Productiestuklijst 1000 is Gecertificeerd: de status moet In ontwikkeling of Nieuw zijn om dit te kunnen wijzigen.",
  ],
  [
    msg("recordStatusChange", {
      record: msg("partRoutingVersion", { version: "V2", no: "R1" }),
      fromStatus: msg("partStatusNew"),
      toStatus: msg("partStatusClosed"),
    }),
    "The Status of Version V2 of Routing R1 cannot change from New to Closed.",
    "De status van Versie V2 van routing R1 kan niet van Nieuw in Gesloten worden gewijzigd.",
  ],
  [
    msg("recordNotCertifiable", {
      record: msg("partRouting", { no: "R1" }),
      problem: msg("recordNotFound", { record: msg("partWorkCenter", { no: 100 }) }),
    }),
    "Routing R1 cannot be certified: Work Center 100 does not exist.",
    "Routing R1 kan niet worden gecertificeerd: Afdeling 100 bestaat niet.",
  ],
  [msg("bomExists", { no: 1000 }), "The Production BOM 1000 already exists.", "De productiestuklijst 1000 bestaat al."],
  [
    msg("lastAdminSelf"),
    "You are the last admin: you cannot take the Admin role away from yourself. Make someone else an admin first.",
    "U bent de laatste beheerder: u kunt de rol Admin niet van uzelf afnemen. Maak eerst iemand anders beheerder.",
  ],
  [
    msg("recordDuplicateRow", {
      record: msg("partLineOf", { line: 10000, record: msg("partBomVersion", { version: "V2", no: 1000 }) }),
      row: 3,
    }),
    "Line 10000 of Version V2 of Production BOM 1000 is also on row 3.",
    "Regel 10000 van Versie V2 van productiestuklijst 1000 staat ook op rij 3.",
  ],
  [
    msg("replenishmentInvalid"),
    "Replenishment System must be Purchase or Prod. Order.",
    "Aanvullingssysteem moet Inkoop of Productieorder zijn.",
  ],
  [
    msg("importColumnUnknown", { name: "Foo", list: "No., Description" }),
    "The column Foo is not known. Expected: No., Description.",
    "De kolom Foo is onbekend. Verwacht: No., Description.",
  ],
  // Output, the card's subpage edits, Why this date and Tell Me (merged from main)
  [
    msg("outputNotReleased", { no: 101001, status: msg("partStatusFirmPlanned") }),
    "Output can only be recorded on a Released production order. Production order 101001 is Firm Planned.",
    "Output kan alleen op een vrijgegeven productieorder worden geboekt. Productieorder 101001 is Vast gepland.",
  ],
  [
    msg("orderEditOperationExists", { no: 20, lineNo: 10000 }),
    "Operation No. 20 already exists on line 10000.",
    "Bewerkingsnr. 20 bestaat al op regel 10000.",
  ],
  [
    msg("recordNotFound", { record: msg("partProdOrderLine", { no: 7 }) }),
    "Prod. Order Line 7 does not exist.",
    "Prod.-orderregel 7 bestaat niet.",
  ],
  [msg("calendarNoWorkingTime"), "The calendar has no working time.", "De agenda heeft geen werktijd."],
  [msg("explainDateUnknown"), "The date is unknown.", "De datum is onbekend."],
  [msg("notAnAppAddress"), "Not an address in this application.", "Geen adres in deze toepassing."],
];

describe("English and Dutch of real messages", () => {
  it.each(CASES)("%#: %s", (message, english, dutch) => {
    expect(renderMessage(message, "en")).toBe(english);
    expect(renderMessage(message, "nl")).toBe(dutch);
    expect(renderMessage(message, "nl")).not.toMatch(/\{[a-zA-Z]+\}/);
  });

  it("join a list of records in the reader's language", () => {
    const records = [
      msg("partWorkCenter", { no: "100" }),
      msg("partMachineCenter", { no: "110" }),
      msg("partFirmPlannedOrder", { no: "101003" }),
    ];
    const m = msg("recordInUsePlural", { record: msg("partLocation", { code: "BLUE" }), referrers: listOf(records) });
    expect(renderMessage(m, "en")).toBe(
      "Location BLUE cannot be deleted because Work Center 100, Machine Center 110 and Firm Planned production order 101003 refer to it.",
    );
    expect(renderMessage(m, "nl")).toBe(
      "Vestiging BLUE kan niet worden verwijderd omdat Afdeling 100, Machinecentrum 110 en Vast geplande productieorder 101003 ernaar verwijzen.",
    );
  });
});
