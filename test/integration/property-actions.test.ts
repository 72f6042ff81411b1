// Property-based attack on every server action, called over HTTP as the browser calls them (Next-Action
// header, React's reply encoding) by a signed-in admin, who reaches the deepest code. fast-check makes
// wrong types, huge and unicode-edge strings, malformed citations and forged ids. Every answer must be
// a typed failure with a message (field or form) and no row written, or a success that wrote all of
// its rows: never a 500, never half a change. Then the transport itself is attacked (bodies that are
// not a React reply, 10,000 levels deep, over the size limit, from another origin).
import { hash } from "@node-rs/argon2";
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitForReview } from "@/lib/review/submit-for-review";
import { hideRevision } from "@/lib/revisions/hide-revision";
import { saveRevision } from "@/lib/revisions/save-revision";
import { inviteUser } from "@/lib/users/invite-user";
import type { Actor } from "@/lib/users/permissions";
import { startAppServer, type AppServer } from "./app-server";
import { actorContent, createEntry, makeActor, uniqueSlug } from "./fixtures";
import { forgedId, hostileString, MALFORMED_CITATIONS, nestedJson, PROPERTY_SEED, withValueAt, wrongValue } from "./hostile-values";
import { countDelta, NO_CHANGE, rowCounts, type RowCounts } from "./row-counts";
import { ACTION_NAMES, actionIds, encodeReply, isFieldLevelFailure, postAction, type ActionName } from "./server-actions";
import { signInOverHttp } from "./sign-in";

const RUNS_PER_ACTION = Number(process.env.PROPERTY_RUNS ?? 60);
const PASSWORD = "property-actions-password";
const SOURCE = "ojo-publico-2021-05-24"; // published in the seeded record

let app: AppServer;
let cookie = "";
let adminId = "";
let ids: Record<string, string> = {};
const fixture = {
  entryId: "",
  firstRevisionId: "",
  latestRevisionId: "",
  publishedEntryId: "",
  blockedReviewId: "",
  blockedRevisionId: "",
  hiddenRevisionId: "",
  restoreEntryId: "",
  restoreFirstId: "",
  restoreLatestId: "",
  commentReviewId: "",
  hideableRevisionId: "",
  otherUserId: "",
};

beforeAll(async () => {
  app = await startAppServer(3340);
  ids = actionIds();
  const email = `property-admin-${randomUUID().slice(0, 8)}@test.example`;
  const admin = await db().user.create({ data: { email, name: "Property Admin", role: "ADMIN", passwordHash: await hash(PASSWORD) }, select: { id: true } });
  adminId = admin.id;
  cookie = await signInOverHttp(app.url, email, PASSWORD);

  const author: Actor = await makeActor("EDITOR");
  // An entry with two revisions (the first can be restored or hidden, the second cannot be hidden).
  const slug = uniqueSlug("property");
  const first = await createEntry("actor", actorContent(slug), author);
  const second = await saveRevision({
    actor: author,
    kind: "actor",
    entryId: first.entryId,
    baseRevisionId: first.revisionId,
    content: actorContent(slug, { description: "Second." }),
    summary: "Second",
  });
  if (!second.ok) throw new Error("fixture");
  Object.assign(fixture, {
    entryId: first.entryId,
    firstRevisionId: first.revisionId,
    latestRevisionId: second.revisionId,
    hideableRevisionId: first.revisionId,
  });
  // A review no one can approve: its claim has no citation.
  const blockedSlug = uniqueSlug("property-blocked");
  const blocked = await createEntry(
    "actor",
    actorContent(blockedSlug, {
      claims: [{ id: "members", property: "members", value: { type: "number", value: 3 }, nature: "asserted", citations: [], rank: "normal" }],
    }),
    author,
  );
  fixture.blockedReviewId = (await submitForReview({ actor: author, entryId: blocked.entryId })).reviewId;
  fixture.blockedRevisionId = blocked.revisionId;
  // A revision an admin hid, to be unhidden.
  const hiddenSlug = uniqueSlug("property-hidden");
  const hiddenFirst = await createEntry("actor", actorContent(hiddenSlug), author);
  const hiddenSecond = await saveRevision({
    actor: author,
    kind: "actor",
    entryId: hiddenFirst.entryId,
    baseRevisionId: hiddenFirst.revisionId,
    content: actorContent(hiddenSlug, { description: "Second." }),
    summary: "Second",
  });
  if (!hiddenSecond.ok) throw new Error("fixture");
  await hideRevision({ actor: { id: adminId, role: "ADMIN", name: "Property Admin", email }, revisionId: hiddenFirst.revisionId, reason: "Personal data" });
  fixture.hiddenRevisionId = hiddenFirst.revisionId;
  // An entry only the restore action writes to (the save action may move the shared one's latest revision).
  const restoreSlug = uniqueSlug("property-restore");
  const restoreFirst = await createEntry("actor", actorContent(restoreSlug), author);
  const restoreSecond = await saveRevision({
    actor: author,
    kind: "actor",
    entryId: restoreFirst.entryId,
    baseRevisionId: restoreFirst.revisionId,
    content: actorContent(restoreSlug, { description: "Second." }),
    summary: "Second",
  });
  if (!restoreSecond.ok) throw new Error("fixture");
  Object.assign(fixture, { restoreEntryId: restoreFirst.entryId, restoreFirstId: restoreFirst.revisionId, restoreLatestId: restoreSecond.revisionId });
  const commented = await createEntry("actor", actorContent(uniqueSlug("property-comment")), author);
  fixture.commentReviewId = (await submitForReview({ actor: author, entryId: commented.entryId })).reviewId;
  const published = await db().entry.findFirstOrThrow({ where: { slug: SOURCE }, select: { id: true } });
  fixture.publishedEntryId = published.id;
  fixture.otherUserId = (await makeActor("EDITOR")).id;
});
afterAll(async () => {
  await app?.stop();
});

/** Valid actor content broken in one place, the places where validation is subtle. */
const CONTENT_PATHS: (string | number)[][] = [
  [],
  ["slug"],
  ["title"],
  ["body"],
  ["description"],
  ["aliases"],
  ["aliases", 0],
  ["aliases", 0, "name"],
  ["aliases", 0, "lang"],
  ["nature"],
  ["founded"],
  ["founded", "year"],
  ["wikidataId"],
  ["affiliations", 0],
  ["affiliations", 0, "actor"],
  ["affiliations", 0, "note"],
  ["claims"],
  ["claims", 0, "value"],
  ["claims", 0, "value", "value"],
  ["claims", 0, "note"],
  ["claims", 0, "assertedBy"],
  ["claims", 0, "citations", 0],
  ["claims", 0, "citations", 0, "source"],
  ["claims", 0, "citations", 0, "locator"],
  ["claims", 0, "citations", 0, "quote"],
];

function baseContent(slug: string) {
  return actorContent(slug, {
    body: `Text [@${SOURCE}, p. 3].`,
    aliases: [{ name: "Alias", lang: "es" }],
    affiliations: [{ id: "a1", actor: "militarized-communist-party-of-peru", relation: "member-of", citations: [] }],
    claims: [
      {
        id: "c1",
        property: "members",
        value: { type: "number", value: 3 },
        nature: "asserted",
        citations: [{ source: SOURCE, locator: "p. 1" }],
        rank: "normal",
      },
    ],
  });
}

const hostileContent = fc.oneof(
  { weight: 1, arbitrary: wrongValue },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...CONTENT_PATHS),
        fc.oneof(hostileString, wrongValue),
        fc.constant(null).map(() => uniqueSlug("prop")),
      )
      .map(([at, value, slug]) => withValueAt(baseContent(slug), at, value)),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.array(fc.constantFrom(...MALFORMED_CITATIONS), { minLength: 1, maxLength: 4 }),
        fc.constant(null).map(() => uniqueSlug("prop")),
      )
      .map(([markers, slug]) => withValueAt(baseContent(slug), ["body"], `Line one.\n${markers.join(" text ")}\nLast line.`)),
  },
);

const reason = fc.oneof(hostileString, wrongValue);

const NOTHING_COUNTED = (d: RowCounts) => Object.values(d).every((n) => n === 0);

/** Per action: the arguments a hostile client sends, and what a success may have written. */
const TARGETS: Record<ActionName, { args: () => fc.Arbitrary<unknown[]>; pagePath: () => string; success: (d: RowCounts) => boolean }> = {
  saveEntryAction: {
    pagePath: () => "/studio/entries/new?kind=actor",
    args: () =>
      fc.oneof(
        wrongValue.map((v) => [v]),
        fc
          .record({
            kind: fc.oneof({ weight: 4, arbitrary: fc.constantFrom("actor", "event", "source") }, wrongValue),
            entryId: fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: fc.constant(fixture.entryId) }, forgedId, wrongValue),
            baseRevisionId: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(fixture.latestRevisionId, fixture.firstRevisionId, null) }, forgedId, wrongValue),
            content: hostileContent,
            editSummary: fc.oneof({ weight: 2, arbitrary: fc.constant("A fine summary") }, hostileString, wrongValue),
            shouldSubmit: fc.oneof({ weight: 3, arbitrary: fc.boolean() }, wrongValue),
          })
          .map((input) => [input]),
      ),
    // One new revision with its audit line (and a new entry, or a submission with its own line).
    success: (d) => d.revisions === 1 && d.entries <= 1 && d.auditEvents >= 1 && d.auditEvents <= 2 && d.reviews <= 1 && d.publications === 0 && d.users === 0,
  },
  submitEntryAction: {
    pagePath: () => `/studio/entries/${fixture.entryId}`,
    args: () => fc.oneof(forgedId, wrongValue, fc.constantFrom(fixture.publishedEntryId, fixture.entryId)).map((id) => [id]),
    success: (d) => d.revisions === 0 && d.reviews <= 1 && d.auditEvents === d.reviews && d.publications === 0,
  },
  autosaveAction: {
    pagePath: () => `/studio/entries/${fixture.entryId}`,
    args: () =>
      fc.oneof(
        wrongValue.map((v) => [v]),
        fc
          .record({
            key: fc.oneof(
              fc.constantFrom("new:actor", `entry:${fixture.entryId}`),
              fc.uuid().map((u) => `entry:${u}`),
              hostileString,
              wrongValue,
            ),
            baseRevisionId: fc.oneof(fc.constant(null), forgedId, wrongValue),
            content: fc.oneof(fc.dictionary(hostileString, wrongValue, { maxKeys: 5 }), hostileContent),
          })
          .map((input) => [input]),
      ),
    // Scratch space, not the record: nothing counted changes.
    success: (d) => Object.values(d).every((n) => n === 0),
  },
  discardAutosaveAction: {
    pagePath: () => `/studio/entries/${fixture.entryId}`,
    args: () => fc.oneof(hostileString, wrongValue, fc.constantFrom("new:actor", `entry:${fixture.entryId}`)).map((key) => [key]),
    success: (d) => Object.values(d).every((n) => n === 0),
  },
  presenceAction: {
    pagePath: () => `/studio/entries/${fixture.entryId}`,
    args: () => fc.oneof(forgedId, wrongValue, fc.constant(fixture.entryId)).map((id) => [id]),
    success: (d) => Object.values(d).every((n) => n === 0),
  },
  approveAction: {
    pagePath: () => `/studio/review/${fixture.blockedReviewId}`,
    args: () => fc.tuple(fc.oneof(forgedId, wrongValue, fc.constant(fixture.blockedReviewId)), fc.oneof(forgedId, wrongValue), reason),
    success: () => false, // every review reachable here is blocked: an approval would be a bug
  },
  republishAction: {
    pagePath: () => `/studio/review/${fixture.blockedReviewId}`,
    args: () =>
      fc.tuple(
        fc.oneof(forgedId, wrongValue, fc.constant(fixture.blockedReviewId)),
        fc.oneof(forgedId, wrongValue),
        fc.oneof(wrongValue, fc.record({ reason: fc.oneof(reason, fc.constant("The court lifted the order")), ownReason: reason })),
      ),
    success: () => false, // the only real review here is blocked and its entry is not withdrawn: publishing would be a bug
  },
  requestChangesAction: {
    pagePath: () => `/studio/review/${fixture.commentReviewId}`,
    args: () =>
      fc.tuple(
        fc.oneof(forgedId, wrongValue, fc.constant(fixture.commentReviewId)),
        fc.oneof(
          wrongValue,
          fc.record({
            comment: fc.oneof(hostileString, wrongValue),
            field: fc.oneof(fc.constant(undefined), hostileString, wrongValue, fc.constant("claims.0.citations")),
          }),
        ),
      ),
    success: (d) => d.reviewComments === 1 && d.auditEvents === 1 && d.revisions === 0 && d.reviews === 0,
  },
  restoreAction: {
    pagePath: () => `/studio/entries/${fixture.restoreEntryId}/history/1/restore`,
    // The preview's pair is the likeliest, so a restore is accepted (once: it moves the latest revision on).
    args: () =>
      fc.tuple(
        fc.oneof({ weight: 2, arbitrary: fc.constant(fixture.restoreFirstId) }, forgedId, wrongValue),
        fc.oneof({ weight: 2, arbitrary: fc.constant(fixture.restoreLatestId) }, forgedId, wrongValue),
      ),
    success: (d) => d.revisions === 1 && d.auditEvents === 1 && d.entries === 0 && d.publications === 0,
  },
  hideRevisionAction: {
    pagePath: () => `/studio/entries/${fixture.entryId}/history`,
    args: () => fc.tuple(fc.oneof(forgedId, wrongValue, fc.constantFrom(fixture.hideableRevisionId, fixture.latestRevisionId)), reason),
    success: (d) => d.auditEvents === 1 && d.revisions === 0 && d.publications === 0,
  },
  unhideRevisionAction: {
    pagePath: () => `/studio/entries/${fixture.entryId}/history`,
    args: () => fc.tuple(fc.oneof(forgedId, wrongValue, fc.constantFrom(fixture.hiddenRevisionId, fixture.latestRevisionId)), reason),
    success: (d) => d.auditEvents === 1 && d.revisions === 0 && d.publications === 0,
  },
  inviteUserAction: {
    pagePath: () => "/studio/users",
    args: () =>
      fc.oneof(
        wrongValue.map((v) => [v]),
        fc
          .record({
            email: fc.oneof({ weight: 3, arbitrary: fc.uuid().map((u) => `prop-${u.slice(0, 8)}@test.example`) }, hostileString, wrongValue),
            role: fc.oneof({ weight: 3, arbitrary: fc.constantFrom("EDITOR", "REVIEWER", "ADMIN") }, hostileString, wrongValue),
          })
          .map((input) => [input]),
      ),
    success: (d) => d.users === 0 && d.auditEvents === 1 && d.entries === 0,
  },
  revokeInvitationAction: {
    pagePath: () => "/studio/users",
    args: () => fc.tuple(fc.oneof(forgedId, wrongValue)),
    success: NOTHING_COUNTED,
  },
  acceptInvitationAction: {
    pagePath: () => "/login/forgot",
    args: () =>
      fc.tuple(
        fc.oneof(hostileString, wrongValue, fc.constant("A".repeat(43))),
        fc.oneof(
          wrongValue,
          fc.record({ name: fc.oneof(hostileString, wrongValue), password: fc.oneof(hostileString, wrongValue), confirmPassword: hostileString }),
        ),
      ),
    success: NOTHING_COUNTED,
  },
  resetPasswordAction: {
    pagePath: () => "/login/forgot",
    args: () =>
      fc.tuple(
        fc.oneof(hostileString, wrongValue, fc.constant("A".repeat(43))),
        fc.oneof(wrongValue, fc.record({ password: fc.oneof(hostileString, wrongValue), confirmPassword: hostileString })),
      ),
    success: NOTHING_COUNTED,
  },
  requestPasswordResetAction: {
    pagePath: () => "/login/forgot",
    // Addresses nobody uses (and hostile values): the same answer, or a throttled one, and never a row.
    args: () =>
      fc.tuple(
        fc.oneof(
          wrongValue,
          fc.record({ email: fc.oneof({ weight: 3, arbitrary: fc.uuid().map((u) => `nobody-${u.slice(0, 8)}@test.example`) }, hostileString, wrongValue) }),
        ),
      ),
    success: NOTHING_COUNTED,
  },
  updateProfileAction: {
    pagePath: () => "/studio/account",
    args: () =>
      fc.tuple(
        fc.oneof(
          wrongValue,
          fc.record({
            name: fc.oneof(hostileString, wrongValue),
            locale: fc.oneof({ weight: 3, arbitrary: fc.constantFrom("", "es", "en") }, hostileString, wrongValue),
          }),
        ),
      ),
    success: (d) => d.auditEvents === 1 && d.users === 0 && d.entries === 0,
  },
  // Never the admin's current password, and refused before the throttle counts (the address is shared with other tests).
  changePasswordAction: {
    pagePath: () => "/studio/account",
    args: () =>
      fc.tuple(
        fc.oneof(wrongValue, fc.record({ currentPassword: fc.oneof(fc.constant(""), wrongValue), password: hostileString, confirmPassword: hostileString })),
      ),
    success: NOTHING_COUNTED,
  },
  // Never { isConfirmed: true }: that would end the admin's session for the rest of the file.
  signOutEverywhereAction: { pagePath: () => "/studio/account", args: () => fc.tuple(wrongValue), success: NOTHING_COUNTED },
  emailFrequencyAction: {
    pagePath: () => "/studio/account",
    args: () => fc.tuple(fc.oneof(wrongValue, fc.record({ frequency: fc.oneof(fc.constantFrom("each", "none"), hostileString, wrongValue) }))),
    success: (d) => d.auditEvents === 1 && d.users === 0,
  },
  startTotpEnrolmentAction: { pagePath: () => "/studio/account", args: () => fc.constant([]), success: NOTHING_COUNTED },
  confirmTotpEnrolmentAction: {
    pagePath: () => "/studio/account",
    args: () => fc.tuple(fc.oneof(wrongValue, fc.record({ code: fc.oneof(hostileString, wrongValue, fc.stringMatching(/^\d{6}$/)) }))),
    success: NOTHING_COUNTED,
  },
  disableTotpAction: {
    pagePath: () => "/studio/account",
    args: () => fc.tuple(fc.oneof(wrongValue, fc.record({ code: fc.oneof(hostileString, wrongValue) }))),
    success: NOTHING_COUNTED,
  },
  // Never isRequired: true, which would send every member of the role to enrol, in other files too.
  setSecondFactorPolicyAction: {
    pagePath: () => "/studio/users",
    args: () =>
      fc.tuple(
        fc.oneof(
          wrongValue,
          fc.record({ role: fc.oneof(fc.constantFrom("EDITOR", "REVIEWER", "ADMIN"), hostileString), isRequired: fc.oneof(fc.constant(false), hostileString) }),
        ),
      ),
    success: (d) => d.auditEvents === 1 && d.users === 0,
  },
  updateUserAction: {
    pagePath: () => "/studio/users",
    args: () =>
      fc.tuple(
        fc.oneof(forgedId, wrongValue, fc.constant(fixture.otherUserId)),
        fc.oneof(
          wrongValue,
          fc.record({
            change: fc.oneof(fc.constantFrom("role", "active"), hostileString, wrongValue),
            role: fc.oneof(fc.constantFrom("EDITOR", "REVIEWER", "ADMIN"), hostileString, wrongValue),
            isActive: fc.oneof(fc.boolean(), wrongValue),
          }),
        ),
      ),
    // A change to what the account already is writes nothing.
    success: (d) => d.auditEvents <= 1 && d.users === 0 && d.entries === 0,
  },
  withdrawAction: {
    pagePath: () => `/studio/entries/${fixture.entryId}`,
    // Never the seeded record's entries: other files read them. The fixture entry is not published.
    args: () => fc.tuple(fc.oneof(forgedId, wrongValue, fc.constant(fixture.entryId)), reason, fc.oneof(fc.boolean(), wrongValue)),
    success: () => false,
  },
  markReadAction: {
    pagePath: () => "/studio/inbox",
    args: () => fc.oneof(forgedId, wrongValue).map((id) => [id]),
    success: NOTHING_COUNTED,
  },
  markAllReadAction: {
    pagePath: () => "/studio/inbox",
    args: () =>
      fc.oneof(
        fc.constant<unknown[]>([]),
        wrongValue.map((v): unknown[] => [v]),
      ),
    success: NOTHING_COUNTED,
  },
  emailPreferenceAction: {
    pagePath: () => "/studio/inbox",
    args: () => fc.tuple(wrongValue, fc.oneof(hostileString, wrongValue)),
    success: NOTHING_COUNTED,
  },
  scheduleAction: {
    pagePath: () => `/studio/review/${fixture.blockedReviewId}`,
    args: () =>
      fc.tuple(
        fc.oneof(forgedId, wrongValue, fc.constant(fixture.blockedReviewId)),
        fc.oneof(forgedId, wrongValue, fc.constant(fixture.blockedRevisionId)),
        fc.oneof(
          wrongValue,
          fc.record({ publishAt: fc.oneof(hostileString, wrongValue, fc.constant(new Date(Date.now() + 3_600_000).toISOString())), reason }),
        ),
      ),
    success: () => false, // only a blocked review is reachable here
  },
  cancelScheduleAction: {
    pagePath: () => "/studio/scheduled",
    args: () => fc.oneof(forgedId, wrongValue).map((id) => [id]),
    success: () => false,
  },
  searchEntryOptionsAction: {
    pagePath: () => "/studio/entries/new?kind=event",
    args: () => fc.tuple(fc.oneof(fc.constantFrom("actor", "event", "source"), hostileString, wrongValue), fc.oneof(hostileString, wrongValue)),
    success: NOTHING_COUNTED,
  },
  bulkSubmitAction: {
    pagePath: () => "/studio/entries",
    args: () =>
      fc
        .oneof(wrongValue, fc.array(fc.oneof(forgedId, wrongValue, fc.constantFrom(fixture.publishedEntryId, fixture.entryId)), { maxLength: 4 }))
        .map((ids) => [ids]),
    // Each entry submitted is one review with its own audit line; nothing else is written.
    success: (d) => d.revisions === 0 && d.reviews <= 2 && d.auditEvents === d.reviews && d.publications === 0 && d.users === 0,
  },
  bulkAssignReviewerAction: {
    pagePath: () => "/studio/entries",
    args: () =>
      fc.tuple(
        fc.oneof(wrongValue, fc.array(fc.oneof(forgedId, wrongValue, fc.constantFrom(fixture.entryId, fixture.publishedEntryId)), { maxLength: 4 })),
        fc.oneof(forgedId, wrongValue, fc.constant(fixture.otherUserId)),
      ),
    // Only an open review can be assigned, and the only reviewer offered here is an editor: refused per entry.
    success: NOTHING_COUNTED,
  },
};

const MAX_BODY = 900_000; // under Next's 1 MB limit for actions: bigger bodies are the transport test below
const tally: Record<string, { cases: number; refused: number; accepted: number }> = {};

describe("every server action, with hostile arguments, as a signed-in admin", () => {
  it("covers every action the build exposes", () => {
    const exposed = Object.keys(ids).sort();
    expect(exposed).toEqual([...ACTION_NAMES].sort());
  });

  for (const name of ACTION_NAMES) {
    it(`${name}: a typed failure with a message and nothing written, or a complete write; never a 500`, { timeout: 120_000 }, async () => {
      const target = TARGETS[name];
      const counts = (tally[name] = { cases: 0, refused: 0, accepted: 0 });
      await fc.assert(
        fc.asyncProperty(target.args(), async (args) => {
          const body = encodeReply(args);
          fc.pre(Buffer.byteLength(body) <= MAX_BODY);
          const before = await rowCounts();
          const response = await postAction({ baseUrl: app.url, id: ids[name]!, body, cookie, pagePath: target.pagePath() });
          const delta = countDelta(before, await rowCounts());
          counts.cases++;
          expect(response.status, response.text.slice(0, 300)).toBe(200);
          expect(response.isErrorRow, "the action threw").toBe(false);
          const result = response.result as { ok?: boolean };
          if (result?.ok === true) {
            counts.accepted++;
            expect(target.success(delta), `accepted with ${JSON.stringify(delta)}`).toBe(true);
          } else {
            counts.refused++;
            expect(isFieldLevelFailure(result), JSON.stringify(result)?.slice(0, 300)).toBe(true);
            expect(delta, "a refused call wrote rows").toEqual(NO_CHANGE);
          }
        }),
        { numRuns: RUNS_PER_ACTION, seed: PROPERTY_SEED, endOnFailure: true },
      );
      expect(counts.cases).toBeGreaterThanOrEqual(RUNS_PER_ACTION);
    });
  }

  it("reports the cases per action", () => {
    console.log(`property-actions (seed ${PROPERTY_SEED}): ${JSON.stringify(tally)}`);
    expect(Object.keys(tally)).toHaveLength(ACTION_NAMES.length);
  });
});

// Requests no Next client sends: the framework must refuse them with a 4xx, quietly, before any action runs.
describe("server-action requests that are not a valid call", () => {
  const malformed: [string, () => { body: string; headers?: Record<string, string>; id?: string }][] = [
    ["a body that is not JSON", () => ({ body: "not json" })],
    ["a truncated body", () => ({ body: '[{"key":' })],
    ["a reference to a part that does not exist", () => ({ body: '["$1"]' })],
    ["a promise reference", () => ({ body: '["$@7"]' })],
    ["a prototype-walking reference", () => ({ body: '["$1:__proto__:constructor:constructor"]' })],
    ["arrays nested 10,000 levels deep", () => ({ body: `[${nestedJson(10_000)}]` })],
    ["objects nested 10,000 levels deep", () => ({ body: `[${nestedJson(10_000, true)}]` })],
    ["a body over the 1 MB limit", () => ({ body: JSON.stringify(["x".repeat(1_500_000)]) })],
    ["a call from another origin", () => ({ body: encodeReply([fixture.entryId]), headers: { origin: "http://evil.example" } })],
    ["an action id that does not exist", () => ({ body: "[]", id: "ff".repeat(21) })],
  ];
  it.each(malformed)("%s is refused with a 4xx and writes nothing", async (_label, make) => {
    const { body, headers, id } = make();
    const before = await rowCounts();
    const response = await postAction({
      baseUrl: app.url,
      id: id ?? ids.presenceAction!,
      body,
      cookie,
      pagePath: `/studio/entries/${fixture.entryId}`,
      headers,
    });
    expect(countDelta(before, await rowCounts())).toEqual(NO_CHANGE);
    // A 4xx, or (when the framework could read it as a call after all) the action's typed failure.
    const isRefused = response.status >= 400 && response.status < 500;
    const isTypedFailure = response.status === 200 && isFieldLevelFailure(response.result);
    expect(isRefused || isTypedFailure, `${response.status} ${response.text.slice(0, 200)}`).toBe(true);
    // The admin's session still works afterwards: nothing was broken on the way.
    const check = await postAction({
      baseUrl: app.url,
      id: ids.presenceAction!,
      body: encodeReply([fixture.entryId]),
      cookie,
      pagePath: `/studio/entries/${fixture.entryId}`,
    });
    expect(check.result).toMatchObject({ ok: true });
  });

  it("refuses a user name PostgreSQL cannot store with a message next to the name (was a 500)", async () => {
    for (const name of ["a\u0000b", "cut emoji \ud83d"]) {
      const { link } = await inviteUser({
        actor: { id: adminId, role: "ADMIN", name: "Property Admin", email: "" },
        input: { email: `nul-${randomUUID().slice(0, 8)}@test.example`, role: "EDITOR" },
      });
      const before = await rowCounts();
      const response = await postAction({
        baseUrl: app.url,
        id: ids.acceptInvitationAction!,
        body: encodeReply([link!.slice(link!.lastIndexOf("/") + 1), { name, password: "a long enough password", confirmPassword: "a long enough password" }]),
        pagePath: "/login/forgot",
      });
      expect(response.status, response.text.slice(0, 200)).toBe(200);
      expect(response.result).toMatchObject({ ok: false, fieldErrors: { name: [expect.stringContaining("cannot be stored")] } });
      expect(countDelta(before, await rowCounts())).toEqual(NO_CHANGE);
    }
  });

  it("keeps the admin out of their own account changes", async () => {
    // Role and activity of one's own account are refused with a message.
    const response = await postAction({
      baseUrl: app.url,
      id: ids.updateUserAction!,
      body: encodeReply([adminId, { change: "active", isActive: false }]),
      cookie,
      pagePath: "/studio/users",
    });
    expect(isFieldLevelFailure(response.result)).toBe(true);
    expect((await db().user.findUniqueOrThrow({ where: { id: adminId }, select: { isActive: true } })).isActive).toBe(true);
  });
});
