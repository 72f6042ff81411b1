// The San Miguel del Ene attack, with the history of how the record grew as the toll was revised.
import type { Claim } from "../../../lib/claims/claim-schema";
import type { SeedEntry } from "../types";
import { type EventContent, claim, cite, day, pub } from "./helpers";
import { event } from "./related-events";
import { A, E, S } from "./slugs";

const m = (slug: string, locator?: string) => (locator ? `@${slug}, ${locator}` : `@${slug}`);
/** A body citation marker: c([S.wiki, "Investigation"], [S.kohte]) → [@wiki, Investigation; @kohte]. */
const c = (...items: [string, string?][]) => `[${items.map(([slug, locator]) => m(slug, locator)).join("; ")}]`;

// ---------- Claims (ids are stable across revisions) ----------

const CLAIMS: Record<string, Claim> = {
  // Death toll
  "fatalities-14-ccffaa": claim({
    id: "fatalities-14-ccffaa",
    property: "fatalities",
    value: { type: "number", value: 14 },
    assertedBy: A.ccffaa,
    nature: "asserted",
    note: "The first official figure, issued less than a day after the attack and before any investigation.",
    citations: [
      cite(S.communique, "title", "Organización Terrorista Sendero Luminoso Asesina A 14 Personas en el Vraem"),
      cite(S.kohte, "n. 14", "had hit and murdered 14 persons in ‘a genocidal act’"),
      cite(S.elcomercio, "title", "al menos 14 personas fueron asesinadas"),
      cite(S.guardian, "title", "Shining Path splinter group kills 14"),
    ],
  }),
  "fatalities-14-mindef": claim({
    id: "fatalities-14-mindef",
    property: "fatalities",
    value: { type: "number", value: 14 },
    assertedBy: A.mindef,
    nature: "asserted",
    citations: [cite(S.wiki, "Investigation", "It gave the death toll of 14 people.")],
  }),
  "fatalities-16-ojo-publico": claim({
    id: "fatalities-16-ojo-publico",
    property: "fatalities",
    value: { type: "number", value: 16 },
    assertedBy: A.ojoPublico,
    nature: "asserted",
    note: "Counted by reporters who went to the scene and spoke to survivors; 20 people had been in the two bars, four survived.",
    citations: [
      cite(S.ojo24, "title", "es acusado de acribillar a 16 personas"),
      cite(S.kohte, "para. 1", "16 people were killed in two bars in Vizcatán del Ene"),
    ],
  }),
  "fatalities-16-armed-forces": claim({
    id: "fatalities-16-armed-forces",
    property: "fatalities",
    value: { type: "number", value: 16 },
    assertedBy: A.armedForces,
    nature: "asserted",
    note: "The military's figure by 5 June 2021, as The Washington Post's headline gives it, up from the communiqué's 14.",
    citations: [
      cite(S.insight, "para. 2", "at least 16 individuals, including women and children"),
      cite(S.wapo, "title", "Peru’s military say Shining Path insurgents killed 16 civilians"),
    ],
  }),
  "fatalities-18-police": claim({
    id: "fatalities-18-police",
    property: "fatalities",
    value: { type: "number", value: 18 },
    assertedBy: A.cervantes,
    nature: "asserted",
    note: "Given by the commander general of the National Police as ten men, six women and two minors.",
    citations: [
      cite(S.wiki, "Investigation", "the mass shooting deaths of ten men, six women and two minors"),
      cite(S.wiki, "lead", "in which 18 people were killed"),
    ],
  }),
  "fatalities-minors-2": claim({
    id: "fatalities-minors-2",
    property: "fatalities",
    value: { type: "text", text: "Two minors among the dead" },
    qualifiers: { category: "minors" },
    assertedBy: A.cervantes,
    nature: "asserted",
    citations: [cite(S.wiki, "Investigation", "two minors")],
  }),
  "fatalities-minors-4": claim({
    id: "fatalities-minors-4",
    property: "fatalities",
    value: { type: "text", text: "Four minors among the dead" },
    qualifiers: { category: "minors" },
    nature: "asserted",
    note: "From an unattributed, apparently machine-translated article.",
    citations: [cite(S.doc003, "para. 2", "all civilians and four of them minors")],
  }),
  // Survivors and attackers
  "survivors-4": claim({
    id: "survivors-4",
    property: "survivors",
    value: { type: "number", value: 4 },
    assertedBy: A.ojoPublico,
    nature: "asserted",
    rank: "preferred",
    note: "Reports also say 20 people had been together in the two bars.",
    citations: [cite(S.kohte, "n. 5", "one of the four survivors narrated to Ojo Publico"), cite(S.ojo24)],
  }),
  "attackers-3": claim({
    id: "attackers-3",
    property: "attackers",
    value: { type: "number", value: 3 },
    assertedBy: A.survivors,
    nature: "asserted",
    rank: "preferred",
    note: "In civilian clothes; they fled on motorcycles.",
    citations: [cite(S.kohte, "n. 4", "three attackers in civilian clothes entered the bars"), cite(S.hildebrandt), cite(S.ojo24)],
  }),
  // Perpetrator
  "perpetrator-mpcp-ccffaa": claim({
    id: "perpetrator-mpcp-ccffaa",
    property: "perpetrator",
    value: { type: "actor", actor: A.mpcp },
    assertedBy: A.ccffaa,
    nature: "asserted",
    note: "The communiqué said “Shining Path” but named Víctor Quispe Palomino, who leads the MPCP, as its leader.",
    citations: [
      cite(S.communique, "title"),
      cite(S.kohte, "n. 15", "explicitly referred to Victor Quispe Palomino as the leader of the organization"),
      cite(S.insight, "para. 4", "carried out by the MPCP faction headed by Victor Quispe Palomino"),
    ],
  }),
  "perpetrator-mpcp-mindef": claim({
    id: "perpetrator-mpcp-mindef",
    property: "perpetrator",
    value: { type: "actor", actor: A.mpcp },
    assertedBy: A.mindef,
    nature: "asserted",
    citations: [cite(S.wiki, "Investigation", "perpetrated by the Shining Path faction led by Comrade José")],
  }),
  "perpetrator-shining-path-armed-forces": claim({
    id: "perpetrator-shining-path-armed-forces",
    property: "perpetrator",
    value: { type: "actor", actor: A.shiningPath },
    assertedBy: A.armedForces,
    nature: "asserted",
    citations: [cite(S.wiki, "Investigation", "naming Shining Path as the perpetrator, spreading confusion as the group had been long dissolved")],
  }),
  "perpetrator-shining-path-rospigliosi": claim({
    id: "perpetrator-shining-path-rospigliosi",
    property: "perpetrator",
    value: { type: "actor", actor: A.shiningPath },
    assertedBy: A.rospigliosi,
    nature: "asserted",
    note: "The first to blame the Shining Path, before any police statement.",
    citations: [cite(S.kohte, "n. 27", "the first person in allocating responsibility for the massacre to the Shining Path"), cite(S.hildebrandt)],
  }),
  "perpetrator-mpcp-leaflets": claim({
    id: "perpetrator-mpcp-leaflets",
    property: "perpetrator",
    value: { type: "actor", actor: A.mpcp },
    assertedBy: A.mpcp,
    nature: "claimed-responsibility",
    note: "Only in the sense that the leaflets at the scene bear its name; who wrote them is disputed.",
    citations: [
      cite(S.leaflets),
      cite(S.wiki, "Investigation", "leaflets signed by the MPCP were reportedly found"),
      cite(S.doc003, undefined, "The pamphlets were signed by the Militarized Communist Party of Peru (MPCP)"),
    ],
  }),
  "perpetrator-mpcp-insight": claim({
    id: "perpetrator-mpcp-insight",
    property: "perpetrator",
    value: { type: "actor", actor: A.mpcp },
    assertedBy: A.insight,
    nature: "alleged",
    citations: [cite(S.insight, "Analysis", "appear to be a desperate act from a severely weakened Shining Path faction")],
  }),
  "perpetrator-pending-police": claim({
    id: "perpetrator-pending-police",
    property: "perpetrator",
    value: { type: "unknown" },
    assertedBy: A.police,
    nature: "asserted",
    note: "The police said responsibility should wait for a full investigation.",
    citations: [cite(S.wiki, "Investigation", "responsibility should be assigned following a full investigation")],
  }),
  "perpetrator-doubted-witnesses": claim({
    id: "perpetrator-doubted-witnesses",
    property: "perpetrator",
    value: { type: "actor", actor: A.mpcp },
    assertedBy: A.survivors,
    nature: "doubted",
    note: "Survivors describe plain-clothed attackers who shouted no slogans and fled on motorcycles; most locals find the official version unconvincing.",
    citations: [
      cite(S.wiki, "Investigation", "fired without making subversive statement"),
      cite(S.kohte, undefined, "For most locals, apparently this version does not make much sense."),
      cite(S.ojo24),
    ],
  }),
  "perpetrator-doubted-mayor": claim({
    id: "perpetrator-doubted-mayor",
    property: "perpetrator",
    value: { type: "actor", actor: A.mpcp },
    assertedBy: A.atao,
    nature: "doubted",
    note: "With the prefect he says the bar owners never reported threats, and finds the motorcycles suspicious.",
    citations: [cite(S.kohte, "n. 22", "he did not believe the army’s version either"), cite(S.hildebrandt)],
  }),
  "perpetrator-doubted-hildebrandt": claim({
    id: "perpetrator-doubted-hildebrandt",
    property: "perpetrator",
    value: { type: "actor", actor: A.mpcp },
    assertedBy: A.hildebrandt,
    nature: "doubted",
    citations: [
      cite(S.kohte, "n. 17", "the way the attack was carried out does not resemble Quispe Palomino’s group"),
      cite(S.hildebrandt, "title", "Montaje en torno a una tragedia"),
    ],
  }),
  "perpetrator-doubted-ojo-publico": claim({
    id: "perpetrator-doubted-ojo-publico",
    property: "perpetrator",
    value: { type: "actor", actor: A.shiningPath },
    assertedBy: A.ojoPublico,
    nature: "doubted",
    citations: [cite(S.wiki, "Investigation", "an inaccurate reference to the Shining Path.")],
  }),
  "perpetrator-doubted-burt": claim({
    id: "perpetrator-doubted-burt",
    property: "perpetrator",
    value: { type: "actor", actor: A.shiningPath },
    assertedBy: A.burt,
    nature: "doubted",
    note: "She questions the haste of the attribution rather than naming anyone else.",
    citations: [cite(S.wapo, "title", "Others are not so sure"), cite(S.wiki, "Investigation")],
  }),
  // Target, weapon, motive, date, location
  "target-bar-patrons": claim({
    id: "target-bar-patrons",
    property: "target",
    value: { type: "text", text: "Civilians spending their free time in two bars, in a village that lives mostly from growing coca" },
    nature: "asserted",
    rank: "preferred",
    citations: [cite(S.kohte, "n. 8–9", "They had come to enjoy their free time in the bars."), cite(S.hildebrandt)],
  }),
  "target-lgbtq": claim({
    id: "target-lgbtq",
    property: "target",
    value: { type: "text", text: "LGBTQ community" },
    assertedBy: A.wikipedia,
    nature: "alleged",
    note: "Inferred from the leaflets' list of groups to be “cleaned”.",
    citations: [cite(S.wiki, "infobox", "Target: LGBTQ community")],
  }),
  "weapon-firearms": claim({
    id: "weapon-firearms",
    property: "weapon",
    value: { type: "text", text: "Firearms" },
    nature: "asserted",
    rank: "preferred",
    note: "Some bodies were also found burned.",
    citations: [cite(S.wiki, "infobox", "Weapons: Firearms"), cite(S.doc003, "para. 2", "were shot to death and some of the corpses were found charred")],
  }),
  "motive-social-cleansing": claim({
    id: "motive-social-cleansing",
    property: "motive",
    value: { type: "text", text: "“Social cleansing” of people the leaflets call outcasts, parasites and corrupt" },
    assertedBy: A.mpcp,
    nature: "claimed-responsibility",
    note: "The wording of the leaflets found at the scene; the Armed Forces repeated it.",
    citations: [cite(S.leaflets), cite(S.wiki, "Motives", "clean VRAEM and Peru"), cite(S.kohte, "n. 15", "this type of action was called ‘social cleansing’")],
  }),
  "motive-anti-lgbt": claim({
    id: "motive-anti-lgbt",
    property: "motive",
    value: { type: "text", text: "Anti-LGBT sentiment" },
    assertedBy: A.wikipedia,
    nature: "alleged",
    citations: [cite(S.wiki, "infobox", "Motive: Anti-LGBT sentiment")],
  }),
  "motive-election": claim({
    id: "motive-election",
    property: "motive",
    value: { type: "text", text: "An election boycott: pamphlets at the scene urged people not to take part in the 2021 elections" },
    assertedBy: A.ccffaa,
    nature: "alleged",
    note: "As Kohte reports it, the communiqué said such pamphlets were found; it is not quoted as naming them the motive.",
    citations: [cite(S.kohte, "n. 15", "which urged the population not to participate in the 2021 electoral process"), cite(S.communique)],
  }),
  "motive-warning-informants": claim({
    id: "motive-warning-informants",
    property: "motive",
    value: { type: "text", text: "A warning to locals not to cooperate with the authorities after raids based on informants" },
    assertedBy: A.police,
    nature: "alleged",
    note: "Anonymous police sources speaking to InSight Crime.",
    citations: [cite(S.insight, "Analysis", "the massacre was likely a stern warning to locals in the VRAEM not to cooperate with authorities")],
  }),
  "date-23-may": claim({
    id: "date-23-may",
    property: "date",
    value: { type: "date", date: day(2021, 5, 23) },
    nature: "asserted",
    rank: "preferred",
    citations: [cite(S.wiki, "lead", "a massacre on 23 May 2021"), cite(S.kohte, "para. 1", "Late in the night of May 23")],
  }),
  "location-two-bars": claim({
    id: "location-two-bars",
    property: "location",
    value: { type: "text", text: "Two bars at San Miguel del Ene, one owned by three sisters" },
    assertedBy: A.hildebrandt,
    nature: "asserted",
    rank: "preferred",
    citations: [cite(S.kohte, "n. 8", "One of the bars was owned by three sisters"), cite(S.hildebrandt)],
  }),
  "location-one-bar": claim({
    id: "location-one-bar",
    property: "location",
    value: { type: "text", text: "A bar in the locality's red-light zone" },
    assertedBy: A.cervantes,
    nature: "asserted",
    citations: [cite(S.wiki, "Investigation", "in a red-light zone bar in the locality")],
  }),
};

/** Picks claims by id, with per-revision rank overrides. */
function claims(ids: string[], ranks: Record<string, Claim["rank"]> = {}): Claim[] {
  return ids.map((id) => {
    const base = CLAIMS[id];
    if (!base) throw new Error(`unknown claim ${id}`);
    return ranks[id] ? { ...base, rank: ranks[id]! } : base;
  });
}

// ---------- Participants, timeline, related ----------

type Participant = EventContent["participants"][number];
const P: Record<string, Participant> = {
  mpcp: {
    id: "mpcp",
    actor: A.mpcp,
    role: "alleged-perpetrator",
    note: "Named by the Armed Forces; doubted by witnesses, the mayor and Hildebrandt en sus trece.",
    citations: [cite(S.communique), cite(S.wiki, "lead")],
  },
  jose: {
    id: "jose",
    actor: A.jose,
    role: "alleged-perpetrator",
    note: "Named in the communiqué as the group's leader.",
    citations: [cite(S.kohte, "n. 15"), cite(S.insight)],
  },
  victims: { id: "victims", actor: A.victims, role: "victim", citations: [cite(S.wiki, "Investigation"), cite(S.kohte, "para. 1")] },
  survivors: {
    id: "survivors",
    actor: A.survivors,
    role: "victim",
    note: "Four survived; a girl saved herself by pretending to be dead.",
    citations: [cite(S.kohte, "n. 5"), cite(S.ojo24)],
  },
  ccffaa: { id: "ccffaa", actor: A.ccffaa, role: "commentator", note: "Issued communiqué 005-2021-CCFFAA.", citations: [cite(S.communique)] },
  armedForces: {
    id: "armed-forces",
    actor: A.armedForces,
    role: "responder",
    note: "Troops sent to the valley after the attack.",
    citations: [cite(S.insight, "para. 1")],
  },
  police: {
    id: "police",
    actor: A.police,
    role: "investigator",
    note: "Confirmed the attack; was announced as the body that would carry out the autopsies.",
    citations: [cite(S.wiki, "Investigation")],
  },
  cervantes: { id: "cervantes", actor: A.cervantes, role: "responder", note: "Confirmed the attack and its toll.", citations: [cite(S.wiki, "Investigation")] },
  dircote: { id: "dircote", actor: A.dircote, role: "investigator", note: "First analysis of the leaflets.", citations: [cite(S.wiki, "Investigation")] },
  prosecution: { id: "prosecution", actor: A.prosecution, role: "investigator", citations: [cite(S.wiki, "Investigation")] },
  terrorismProsecutor: {
    id: "terrorism-prosecutor",
    actor: A.terrorismProsecutor,
    role: "investigator",
    note: "Announced as taking charge of the investigation.",
    citations: [cite(S.wiki, "Investigation")],
  },
  mindef: { id: "mindef", actor: A.mindef, role: "commentator", citations: [cite(S.wiki, "Investigation")] },
  ojoPublico: {
    id: "ojo-publico",
    actor: A.ojoPublico,
    role: "investigator",
    note: "Journalistic field reporting.",
    citations: [cite(S.ojo24), cite(S.ojo26)],
  },
  hildebrandt: { id: "hildebrandt", actor: A.hildebrandt, role: "investigator", note: "Journalistic field reporting.", citations: [cite(S.hildebrandt)] },
  hugoTorres: {
    id: "hugo-torres",
    actor: A.hugoTorres,
    role: "responder",
    note: "Went to find the bodies the next morning.",
    citations: [cite(S.kohte, "n. 11–13"), cite(S.ojo26)],
  },
  atao: { id: "atao", actor: A.atao, role: "commentator", citations: [cite(S.kohte, "n. 22"), cite(S.hildebrandt)] },
  prefect: { id: "prefect", actor: A.prefect, role: "commentator", citations: [cite(S.kohte, "n. 23")] },
  fujimori: {
    id: "fujimori",
    actor: A.fujimori,
    role: "commentator",
    note: "Condemned the attack in Tarapoto; the leaflets targeted her voters.",
    citations: [cite(S.wiki, "Reactions"), cite(S.insight)],
  },
  castillo: {
    id: "castillo",
    actor: A.castillo,
    role: "commentator",
    note: "Regretted the killings in Huánuco and called for an investigation.",
    citations: [cite(S.wiki, "Reactions"), cite(S.insight)],
  },
  cerron: { id: "cerron", actor: A.cerron, role: "commentator", note: "Posted, then deleted, a tweet.", citations: [cite(S.wiki, "Reactions")] },
  rospigliosi: { id: "rospigliosi", actor: A.rospigliosi, role: "commentator", citations: [cite(S.kohte, "n. 27"), cite(S.exitosa)] },
  bermudez: { id: "bermudez", actor: A.bermudez, role: "commentator", citations: [cite(S.wiki, "Reactions")] },
  esparch: { id: "esparch", actor: A.esparch, role: "commentator", citations: [cite(S.wiki, "Reactions")] },
  episcopal: { id: "episcopal", actor: A.episcopal, role: "commentator", citations: [cite(S.wiki, "Reactions")] },
  burt: { id: "burt", actor: A.burt, role: "commentator", citations: [cite(S.wapo), cite(S.wiki, "Investigation")] },
};

type Moment = EventContent["timeline"][number];
const T: Record<string, Moment> = {
  leafletsDated: {
    id: "leaflets-dated",
    date: day(2021, 5, 10),
    text: "Date printed on the leaflets later reported at the scene.",
    citations: [cite(S.insight, undefined, "but dated for May 10")],
  },
  vilma: {
    id: "vilma-call",
    date: day(2021, 5, 14),
    text: "Comrade Vilma calls for a boycott of the run-off, naming Keiko Fujimori.",
    citations: [cite(S.wiki, "Background")],
  },
  attack: {
    id: "attack",
    date: day(2021, 5, 23),
    localTime: "22:00",
    text: "Around 22:00, attackers open fire on the people in two bars at San Miguel del Ene, then flee on motorcycles.",
    citations: [cite(S.wiki, "Investigation", "around 22:00 local time"), cite(S.kohte, "n. 4–6")],
  },
  blackout: {
    id: "blackout",
    date: day(2021, 5, 23),
    text: "Electricity and phone signal are down in the area, so the self-defence committee cannot raise the alarm.",
    citations: [cite(S.kohte, "n. 11"), cite(S.ojo26)],
  },
  bodies: {
    id: "bodies-found",
    date: day(2021, 5, 24),
    text: "The next morning Hugo Torres goes to find the dead; some bodies are badly burned.",
    citations: [cite(S.kohte, "n. 13"), cite(S.ojo24)],
  },
  communique: {
    id: "communique",
    date: day(2021, 5, 24),
    text: "The Joint Command blames the Shining Path for 14 deaths in communiqué 005-2021-CCFFAA.",
    citations: [cite(S.communique), cite(S.kohte, "n. 14")],
  },
  pamphletPosted: {
    id: "pamphlet-posted",
    date: day(2021, 5, 24),
    text: "Fernando Rospigliosi circulates a pamphlet branding Fujimori's voters traitors.",
    citations: [cite(S.pamphletPost), cite(S.kohte, "n. 16")],
  },
  ojo24: {
    id: "ojo-publico-first-report",
    date: day(2021, 5, 24),
    text: "Ojo Público publishes its first field report, counting 16 dead.",
    citations: [cite(S.ojo24)],
  },
  exitosa: {
    id: "rospigliosi-radio",
    date: day(2021, 5, 25),
    text: "Rospigliosi says on Exitosa that Fujimori's team would wipe out “these terrorists” within six months.",
    citations: [cite(S.exitosa, "min. 2:35"), cite(S.kohte, "n. 28")],
  },
  ojo26: {
    id: "ojo-publico-second-report",
    date: day(2021, 5, 26),
    text: "Ojo Público's second report gives voice to the mourning residents of Vizcatán del Ene.",
    citations: [cite(S.ojo26)],
  },
  wapo: {
    id: "washington-post",
    date: day(2021, 6, 5),
    text: "The military's figure now stands at 16; Jo-Marie Burt questions the attribution in The Washington Post.",
    citations: [cite(S.wapo)],
  },
  runoff: {
    id: "run-off",
    date: day(2021, 6, 6),
    text: "Run-off vote between Keiko Fujimori and Pedro Castillo, which the leaflets urged people to boycott.",
    citations: [cite(S.wiki, "Investigation", "a boycott of the 6 June election")],
  },
};

const RELATED: EventContent["related"] = [
  { event: E.huarcatan, relation: "preceded-by", note: "Killings of a family accused of informing, two months earlier." },
  { event: E.vilmaBoycott, relation: "preceded-by", note: "The boycott call nine days before." },
  { event: E.labRaids, relation: "preceded-by", note: "Police sources see the massacre as a reply to these raids." },
  { event: E.raulDeath, relation: "preceded-by", note: "Weakened the MPCP's leadership, according to InSight Crime." },
  { event: E.convoy2008, relation: "see-also", note: "Called the last attack of comparable scale." },
  { event: E.hatunAsha, relation: "see-also", note: "Another attack during an election campaign." },
  { event: E.februaryPolice, relation: "see-also" },
  { event: E.putis, relation: "see-also", note: "A later clash in the VRAEM reported by Al Jazeera." },
  { event: E.guzmanCapture, relation: "see-also" },
  { event: E.indictment, relation: "see-also" },
];

// ---------- Bodies ----------

const BODY_R1 = [
  "## What happened",
  "",
  `On the night of 23 May 2021 attackers killed people in a bar at San Miguel del Ene, a rural hamlet of Vizcatán del Ene district in the VRAEM valley ${c([S.wiki, "lead"])}. The police commander confirmed the attack the next day ${c([S.wiki, "Investigation"])}.`,
  "",
  "## First official account",
  "",
  `Less than a day later the Joint Command of the Armed Forces said the Shining Path had killed 14 people in a “genocidal act”, named Víctor Quispe Palomino as its leader and reported pamphlets at the scene urging people not to vote ${c([S.communique], [S.kohte, "n. 14"])}. National and international media repeated the figure ${c([S.elcomercio], [S.guardian], [S.nyt])}.`,
].join("\n");

const BODY_R2 = [
  "## What happened",
  "",
  `Late on 23 May 2021 attackers opened fire on the people in two bars at San Miguel del Ene, a rural hamlet of Vizcatán del Ene district, Satipo province, in the coca-growing VRAEM valley ${c([S.wiki, "lead"], [S.kohte, "para. 1"])}. Among the dead were a four-year-old girl and a toddler, killed with their mothers ${c([S.kohte, "para. 1"], [S.ojo26])}.`,
  "",
  `One survivor told Ojo Público that the attackers said nothing before shooting; according to testimonies, they took money and phones and left on motorcycles ${c([S.ojo24], [S.hildebrandt], [S.kohte, "n. 5–7"])}. Reports say 20 people had been in the two bars; four survived ${c([S.kohte, "n. 5–8"])}.`,
  "",
  "## How many died",
  "",
  `The Joint Command's communiqué gave 14 dead ${c([S.communique])}. Ojo Público's reporters, who went to the scene, counted 16 ${c([S.ojo24])}.`,
  "",
  "## Who did it",
  "",
  `The Armed Forces blamed the Shining Path and named Quispe Palomino, who leads the MPCP ${c([S.communique], [S.kohte, "n. 15"])}. A survivor told Ojo Público that the attackers wore plain clothes and fired without making subversive statements ${c([S.wiki, "Investigation"], [S.ojo24])}, and for most locals the official version makes little sense ${c([S.kohte])}.`,
].join("\n");

const BODY_FINAL = [
  "## What happened",
  "",
  `Around 22:00 on 23 May 2021 attackers opened fire on the people in two bars at San Miguel del Ene, a rural hamlet of Vizcatán del Ene district in Satipo province, in the Valley of the Apurímac, Ene and Mantaro rivers (VRAEM), where much of Peru's coca is grown ${c([S.wiki, "lead"], [S.kohte, "para. 1"], [S.insight], [S.devidaCoca])}. Men, women and children died, among them a four-year-old girl and a toddler killed with their mothers ${c([S.kohte, "para. 1"], [S.ojo26])}; some bodies were found burned ${c([S.wiki, "Investigation"], [S.doc003])}.`,
  "",
  `Surviving witnesses say three attackers in civilian clothes entered the bars and opened fire ${c([S.ojo24], [S.hildebrandt], [S.kohte, "n. 4"])}. One survivor told Ojo Público there was “no exchange of words” ${c([S.ojo24], [S.kohte, "n. 5"])}, and a survivor interviewed by Ojo Público said they fired without any subversive statement ${c([S.wiki, "Investigation"])}. They took money and mobile phones and fled on motorcycles, apparently towards a military base according to testimonies reported by *Hildebrandt en sus trece* ${c([S.ojo24], [S.hildebrandt], [S.kohte, "n. 6–7"])}. Reports say 20 people had been in the two bars, one of which was owned by three sisters; four survived, one girl by pretending to be dead ${c([S.kohte, "n. 5–8"])}.`,
  "",
  `Electricity and phone signal were down that night, so the self-defence committee could not raise the alarm. Its lieutenant, Hugo Torres, says such cuts happen when the Armed Forces run an operation; he waited for daylight to look for the dead ${c([S.ojo26], [S.hildebrandt], [S.kohte, "n. 11–13"])}.`,
  "",
  "## How many died",
  "",
  `Three figures circulate. The Joint Command's communiqué of 24 May gave **14** ${c([S.communique])}, the number the Ministry of Defense also used and that El Comercio and The Guardian reported ${c([S.wiki, "Investigation"], [S.elcomercio], [S.guardian])}. Ojo Público, whose reporters went to the valley, counted **16** ${c([S.ojo24])}, and by early June the military also said 16 ${c([S.insight], [S.wapo])}. The commander general of the National Police, César Cervantes, spoke of ten men, six women and two minors: **18** ${c([S.wiki, "Investigation"])}. One report says four of the dead were minors ${c([S.doc003])}.`,
  "",
  "This record prefers 16, the count made on the ground and later adopted by the military, and shows the others with who gives them. The conservative figure is 14.",
  "",
  "## Who did it",
  "",
  `Before any investigation the Armed Forces blamed the Shining Path ${c([S.wiki, "Investigation"])}, naming Víctor Quispe Palomino, alias Comrade José, as the leader of the group; he heads the MPCP, a splinter of the old Shining Path ${c([S.kohte, "n. 14–15"], [S.communique], [S.doc003])}. The Ministry of Defense later spoke of the faction led by Comrade José ${c([S.wiki, "Investigation"])}. Leaflets signed by the MPCP, with a hammer and sickle, were reported beside the bodies, calling the killings a “social cleansing” and urging a boycott of the run-off ${c([S.leaflets], [S.wiki, "Motives"], [S.doc003])}. The Counter Terrorism Directorate found, as a first result, that their language could resemble the Shining Path's ${c([S.wiki, "Investigation"])}, while the police warned against naming anyone before a full investigation ${c([S.wiki, "Investigation"])}.`,
  "",
  `Others doubt it. *Hildebrandt en sus trece* concluded that the attack did not look like the work of Quispe Palomino's group ${c([S.hildebrandt], [S.kohte, "n. 17"])}. The district mayor, Alejandro Atao, did not believe the army either; he and the prefect say the bar owners had never reported threats, and find it odd that the attackers used motorcycles ${c([S.kohte, "n. 22–24"], [S.hildebrandt])}. Ojo Público called the military's wording an inaccurate reference to the Shining Path, and Jo-Marie Burt saw the rush to blame it as an appeal to fear against the opposition, the practice Peruvians call *terruqueo* ${c([S.wiki, "Investigation"], [S.wapo])}. Police sources told InSight Crime the massacre was probably a warning to locals who had helped the authorities in recent raids ${c([S.insight])}.`,
  "",
  "## The election",
  "",
  `The attack came two weeks before the 6 June run-off between Keiko Fujimori and Pedro Castillo. Nine days earlier Comrade Vilma, close to Comrade José, had called for a boycott naming Fujimori ${c([S.wiki, "Background"])}. Fernando Rospigliosi, the security expert on Fujimori's campaign team, was the first to blame the Shining Path and circulated a pamphlet calling her voters traitors ${c([S.kohte, "n. 16"], [S.pamphletPost], [S.hildebrandt])}; the next day he said on Exitosa that, if elected, they planned to exterminate “these terrorists” within six months ${c([S.exitosa])}. Fujimori condemned the attack and later tried to link Castillo to it; Castillo regretted the deaths and asked the police to investigate; Vladimir Cerrón, of Castillo's party, posted and deleted a tweet suggesting the right needed the Shining Path to win ${c([S.wiki, "Reactions"], [S.insight])}. The Prime Minister, the Defense Minister and the Episcopal Conference condemned the killings ${c([S.wiki, "Reactions"])}.`,
  "",
  "## Investigation",
  "",
  `The Public Prosecution Service announced that its Huánuco and Selva Central office for terrorism and crimes against humanity would take charge of the case, and that the police would carry out the autopsies of the burned bodies, which were to be taken to the morgue in Pichari ${c([S.wiki, "Investigation"])}. When Kohte wrote, no one had been arrested ${c([S.kohte])}.`,
  "",
  "## Context",
  "",
  `In March 2021 armed groups had killed four members of a family in Huarcatán as alleged police informers ${c([S.wiki, "Background"])}. One report calls this the deadliest attack attributed to the Shining Path since a 2008 attack on a military convoy ${c([S.doc003])}; writers who know the region note that no crime of this scale against civilians had happened there since the 1990s ${c([S.kohte, "n. 21"])}. The MPCP had lost its second-in-command, Jorge Quispe Palomino, earlier in the year ${c([S.insight], [S.doc003])}.`,
].join("\n");

// ---------- Revisions ----------

const base = event({
  slug: E.main,
  title: "San Miguel del Ene attack",
  eventType: { category: "Violence against civilians", subtype: "Attack" },
  date: { start: day(2021, 5, 23), localTime: "22:00", utcOffset: "-05:00" },
  // Only the names 000 gives (place, district, province, country). No seed document gives the region or
  // coordinates, and coordinates would draw a map and a GeoCoordinates node the sources do not support.
  place: {
    name: "San Miguel del Ene",
    district: "Vizcatán del Ene",
    province: "Satipo",
    country: "Peru",
    precision: "district",
  },
  summary: "",
});

const r1: EventContent = {
  ...base,
  aliases: [{ name: "San Miguel del Ene massacre", lang: "en" }],
  summary:
    "Attackers killed civilians in a bar at San Miguel del Ene, in Peru's VRAEM valley, on the night of 23 May 2021. The Armed Forces blamed the Shining Path and gave a toll of 14.",
  body: BODY_R1,
  grade: "weak",
  investigation: { status: "open", note: "The Armed Forces' attribution came before any investigation." },
  participants: [P.mpcp!, P.victims!, P.ccffaa!, P.police!, P.cervantes!],
  timeline: [T.attack!, T.communique!],
  related: [],
  claims: claims(["fatalities-14-ccffaa", "perpetrator-mpcp-ccffaa", "date-23-may", "weapon-firearms", "motive-election"], {
    "fatalities-14-ccffaa": "preferred",
    "perpetrator-mpcp-ccffaa": "preferred",
  }),
};

const r2: EventContent = {
  ...r1,
  aliases: [
    { name: "San Miguel del Ene massacre", lang: "en" },
    { name: "Vizcatán del Ene massacre", lang: "en" },
  ],
  summary:
    "Attackers killed 16 people in two bars at San Miguel del Ene, in Peru's VRAEM valley, on the night of 23 May 2021, by the count of reporters at the scene. The Armed Forces blamed the Shining Path and gave 14; survivors' accounts cast doubt on that version.",
  body: BODY_R2,
  grade: "fair",
  participants: [P.mpcp!, P.jose!, P.victims!, P.survivors!, P.ccffaa!, P.police!, P.cervantes!, P.ojoPublico!, P.hugoTorres!],
  timeline: [T.attack!, T.blackout!, T.bodies!, T.communique!, T.ojo24!, T.ojo26!],
  claims: claims(
    [
      "fatalities-14-ccffaa",
      "fatalities-16-ojo-publico",
      "survivors-4",
      "attackers-3",
      "perpetrator-mpcp-ccffaa",
      "perpetrator-doubted-witnesses",
      "date-23-may",
      "location-two-bars",
      "weapon-firearms",
      "motive-election",
    ],
    { "fatalities-16-ojo-publico": "preferred", "perpetrator-mpcp-ccffaa": "preferred" },
  ),
};

const FINAL_CLAIM_IDS = Object.keys(CLAIMS);
const FINAL_RANKS: Record<string, Claim["rank"]> = { "fatalities-16-ojo-publico": "preferred", "perpetrator-mpcp-ccffaa": "preferred" };

const r3: EventContent = {
  ...r2,
  aliases: [
    { name: "San Miguel del Ene massacre", lang: "en" },
    { name: "Vizcatán del Ene massacre", lang: "en" },
    { name: "San Miguel de Ene massacre", lang: "en" },
    { name: "VRAEM massacre", lang: "en" },
  ],
  summary:
    "On the night of 23 May 2021 attackers killed between 14 and 18 people in two bars at San Miguel del Ene, in Peru's VRAEM valley, two weeks before a polarised presidential run-off. The Armed Forces blamed the MPCP, a Shining Path splinter; survivors, the district mayor and independent reporters doubt that account.",
  body: BODY_FINAL,
  grade: "contested",
  investigation: {
    status: "open",
    note: "The Public Prosecution Service announced that a specialised terrorism prosecutor in Huánuco and Selva Central would take the case and that the police would carry out the autopsies. When Kohte wrote, some time after 5 June 2021, no one had been arrested; the sources report no later outcome.",
  },
  participants: Object.values(P).filter((p) => !["fujimori", "castillo", "cerron", "bermudez", "esparch", "episcopal"].includes(p.id)),
  timeline: [T.leafletsDated!, T.attack!, T.blackout!, T.bodies!, T.communique!, T.pamphletPosted!, T.ojo24!, T.exitosa!, T.ojo26!, T.wapo!],
  claims: claims(FINAL_CLAIM_IDS, FINAL_RANKS),
};

const r4: EventContent = {
  ...r3,
  participants: Object.values(P),
  timeline: [
    T.leafletsDated!,
    T.vilma!,
    T.attack!,
    T.blackout!,
    T.bodies!,
    T.communique!,
    T.pamphletPosted!,
    T.ojo24!,
    T.exitosa!,
    T.ojo26!,
    T.wapo!,
    T.runoff!,
  ],
  related: RELATED,
};

export const mainEventEntry: SeedEntry = {
  kind: "event",
  history: [
    pub(r1, "First report: the Armed Forces communiqué (14 dead, Shining Path blamed) and the police confirmation", "editor", "reviewer"),
    pub(r2, "Revise the toll: Ojo Público's reporters counted 16; add the survivors' account, attackers and first doubts", "editor2", "admin"),
    pub(
      r3,
      "Add the police commander's 18 and the military's later 16; record the doubts of Hildebrandt, the mayor, Ojo Público and Burt; grade contested",
      "editor",
      "reviewer",
    ),
    pub(r4, "Add the political reactions and the run-off to the timeline; link the related events", "editor2", "reviewer"),
  ],
};
