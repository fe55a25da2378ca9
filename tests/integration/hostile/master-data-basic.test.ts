// X-3 hostile input, master data (items, locations, work/machine centers, shop calendars,
// families): random and malicious inputs end in a refusal with nothing written, never a 500.
import "../../support/next-mocks";
import * as families from "@/lib/actions/master-data/families";
import * as items from "@/lib/actions/master-data/items";
import * as locations from "@/lib/actions/master-data/locations";
import * as machineCenters from "@/lib/actions/master-data/machine-centers";
import * as shopCalendars from "@/lib/actions/master-data/shop-calendars";
import * as workCenters from "@/lib/actions/master-data/work-centers";
import * as familySchemas from "@/lib/validation/master-data/families";
import * as itemSchemas from "@/lib/validation/master-data/items";
import * as locationSchemas from "@/lib/validation/master-data/locations";
import * as mcSchemas from "@/lib/validation/master-data/machine-centers";
import * as calendarSchemas from "@/lib/validation/master-data/shop-calendars";
import * as wcSchemas from "@/lib/validation/master-data/work-centers";
import { form, hostileSuite, type Case } from "./suite";

const cases: Case[] = [
  [
    "createItemAction",
    form(items.createItemAction),
    itemSchemas.createItemSchema,
    () => ({ no: "HX-1", description: "Hostile", baseUnitOfMeasure: "PCS" }),
  ],
  ["updateItemAction", form(items.updateItemAction), itemSchemas.updateItemSchema],
  ["deleteItemAction", form(items.deleteItemAction), itemSchemas.deleteItemSchema],
  [
    "createLocationAction",
    form(locations.createLocationAction),
    locationSchemas.createLocationSchema,
    () => ({ code: "HX1", name: "Hostile" }),
  ],
  ["updateLocationAction", form(locations.updateLocationAction), locationSchemas.updateLocationSchema],
  ["deleteLocationAction", form(locations.deleteLocationAction), locationSchemas.deleteLocationSchema],
  ["createWorkCenterAction", form(workCenters.createWorkCenterAction), wcSchemas.createWorkCenterSchema],
  ["updateWorkCenterAction", form(workCenters.updateWorkCenterAction), wcSchemas.updateWorkCenterSchema],
  ["deleteWorkCenterAction", form(workCenters.deleteWorkCenterAction), wcSchemas.deleteWorkCenterSchema],
  ["createMachineCenterAction", form(machineCenters.createMachineCenterAction), mcSchemas.createMachineCenterSchema],
  ["updateMachineCenterAction", form(machineCenters.updateMachineCenterAction), mcSchemas.updateMachineCenterSchema],
  ["deleteMachineCenterAction", form(machineCenters.deleteMachineCenterAction), mcSchemas.deleteMachineCenterSchema],
  ["createShopCalendarAction", form(shopCalendars.createShopCalendarAction), calendarSchemas.createShopCalendarSchema],
  ["updateShopCalendarAction", form(shopCalendars.updateShopCalendarAction), calendarSchemas.updateShopCalendarSchema],
  ["deleteShopCalendarAction", form(shopCalendars.deleteShopCalendarAction), calendarSchemas.deleteShopCalendarSchema],
  ["createFamilyAction", form(families.createFamilyAction), familySchemas.createFamilySchema],
  ["updateFamilyAction", form(families.updateFamilyAction), familySchemas.updateFamilySchema],
  ["deleteFamilyAction", form(families.deleteFamilyAction), familySchemas.deleteFamilySchema],
];

hostileSuite("X-3 hostile input to the master data actions is refused, never a 500 or a partial write", cases);
hostileSuite("X-3 hostile input from a planner to the master data writes is refused", cases.slice(0, 3), "planner", 8);
