// who may do what. One pure table asked by pages (to show or hide) and by every server
// action and data function (to allow or refuse).

export const ROLES = ["planner", "supervisor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  "orders.read": ["planner", "supervisor", "admin"],
  "orders.create": ["planner", "supervisor", "admin"],
  "orders.edit": ["planner", "supervisor", "admin"],
  "orders.delete": ["planner", "supervisor", "admin"],
  "orders.refresh": ["supervisor", "admin"],
  /** The timeline's drag (issue 23 item 3): moving work on the shop floor is the supervisor's call. */
  "orders.reschedule": ["supervisor", "admin"],
  "orders.replan": ["supervisor", "admin"],
  "orders.changeStatus": ["supervisor", "admin"],
  "orders.output": ["supervisor", "admin"],
  "masterData.read": ["planner", "supervisor", "admin"],
  "masterData.write": ["admin"],
  "noSeries.manage": ["admin"],
  "setup.manage": ["admin"],
  "users.manage": ["admin"],
  "account.changePassword": ["planner", "supervisor", "admin"],
  // Their own REST API keys (issue 26); another user's keys need "users.manage".
  "account.apiKeys": ["planner", "supervisor", "admin"],
  "tellMe.search": ["planner", "supervisor", "admin"],
  /** The Planning Worksheet (issue 25): calculate, accept and carry out (PL-8 makes and changes planner-editable orders). */
  "planning.worksheet": ["planner", "supervisor", "admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function can(role: string | null | undefined, permission: Permission): boolean {
  return isRole(role) && (PERMISSIONS[permission] as readonly string[]).includes(role);
}
